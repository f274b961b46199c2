-- The trainers of each completion in training_fact, one row per trainer (the names the completion
-- copied when it was recorded), so that reports can split and filter by trainer; and the index
-- drill-downs and first-time counts use to find a workshop's facts. Filled by V25.
CREATE TABLE training_fact_trainer (
    completion_id BIGINT       NOT NULL,
    trainer       VARCHAR(200) NOT NULL,
    CONSTRAINT pk_training_fact_trainer PRIMARY KEY (completion_id, trainer)
);
CREATE INDEX ix_training_fact_trainer ON training_fact_trainer (trainer, completion_id);
CREATE INDEX ix_training_fact_workshop ON training_fact (workshop_id);
-- The hours of the workshop's sessions (the attendance rate's denominator); null online.
ALTER TABLE training_fact ADD COLUMN offered_hours DECIMAL(6, 1);

-- Reports read this narrow copy of the completions: one row per completion, with the facts the
-- completion copied when it was recorded (the participant's sex, sector, institution and workplace,
-- the venue, the project) and the day that puts it in a period (trained_on: the workshop's last
-- session day or the online completion day; month_key = yyyymm). person_id follows merges and
-- their undoing, so that "people" counts distinct persons after merges. It is written in the
-- completion's own transaction (org.capacita.reports) and can be rebuilt from the completions.
CREATE TABLE training_fact (
    completion_id  BIGINT        NOT NULL PRIMARY KEY,
    person_id      BIGINT        NOT NULL,
    trained_on     DATE          NOT NULL,
    month_key      INT           NOT NULL,
    route          VARCHAR(16)   NOT NULL,
    module_code    VARCHAR(40)   NOT NULL,
    workshop_id    BIGINT,
    sex            CHAR(1),
    sector_code    VARCHAR(40),
    institution_id BIGINT,
    venue_city     VARCHAR(120),
    venue_country  CHAR(2),
    work_city      VARCHAR(120),
    work_region    VARCHAR(8),
    work_country   CHAR(2),
    project        VARCHAR(255),
    hours          DECIMAL(5, 1) NOT NULL,
    attended_hours DECIMAL(6, 1),
    pre_score      INT,
    post_score     INT
);
CREATE INDEX ix_training_fact_period ON training_fact (trained_on, person_id);
CREATE INDEX ix_training_fact_sector_city ON training_fact (trained_on, sector_code, venue_city, person_id);
CREATE INDEX ix_training_fact_person ON training_fact (person_id, trained_on);

INSERT INTO training_fact (completion_id, person_id, trained_on, month_key, route, module_code,
                           workshop_id, sex, sector_code, institution_id, venue_city, venue_country,
                           work_city, work_region, work_country, project, hours, attended_hours,
                           pre_score, post_score)
SELECT id, person_id, completed_on, YEAR(completed_on) * 100 + MONTH(completed_on), route,
       module_code, workshop_id, sex, sector_code, institution_id, venue_city, venue_country,
       work_city, work_region, work_country, project, hours, attended_hours, pre_score, post_score
FROM completion;

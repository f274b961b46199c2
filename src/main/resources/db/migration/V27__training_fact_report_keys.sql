-- Compact keys for the reports' long text dimensions, and each person's first training day.
-- report_label numbers the values of training_fact's long text columns (sector, venue and
-- workplace city, module, project); the fact carries each value's number in a *_key column, so a
-- report groups and sorts by a few bytes instead of wide utf8mb4 strings (on MariaDB, a sort key of
-- sector_code and venue_city exceeded max_length_for_sort_data and every row was read back),
-- and reads the labels of its result rows from report_label. Values equal under the column's
-- collation share a number, as they share a group. first_on is the person's first trained_on over
-- all their facts, so first-time people come from the same statement as people. V28 fills them;
-- the application keeps them with the facts (org.capacita.reports.application.TrainingFacts).
CREATE TABLE report_label (
    id    INT          NOT NULL PRIMARY KEY,
    label VARCHAR(255) NOT NULL,
    CONSTRAINT uk_report_label UNIQUE (label)
);
-- Number 0 (the empty text) is the row a transaction locks before it numbers new values.
INSERT INTO report_label (id, label) VALUES (0, '');
ALTER TABLE training_fact ADD COLUMN first_on DATE;
ALTER TABLE training_fact ADD COLUMN sector_key INT;
ALTER TABLE training_fact ADD COLUMN venue_city_key INT;
ALTER TABLE training_fact ADD COLUMN work_city_key INT;
ALTER TABLE training_fact ADD COLUMN module_key INT;
ALTER TABLE training_fact ADD COLUMN project_key INT;
-- The trained-people report by sector and venue city reads only this index (covering).
DROP INDEX ix_training_fact_sector_city ON training_fact;
CREATE INDEX ix_training_fact_report
    ON training_fact (trained_on, sector_key, venue_city_key, person_id, first_on);

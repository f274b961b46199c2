-- Closure and completion (issue 12, part B).
-- 1. A module's workshop rule, from its descriptor: the attended share of session hours needed
--    (percent) and whether the post-test must be passed (online or on paper).
-- 2. When and by whom a workshop was closed, and the closure's audit trail (close, re-open, with
--    who, when and why, and how many completions each closing added and removed).
-- 3. Paper test scores entered by a trainer, per workshop and person.
-- 4. The facts a completion carries, copied when it is recorded, so that certificates and reports
--    never read workshops, attendance or attempts: module titles, dates, venue, project, trainers,
--    the participant's sex, sector, institution and workplace at the time, and the test scores.
-- Portable SQL: runs on H2 (MODE=LEGACY) and on MySQL 8 / MariaDB 10.11 (utf8mb4).

ALTER TABLE training_module ADD COLUMN attendance_threshold INT DEFAULT 80 NOT NULL;
ALTER TABLE training_module ADD COLUMN workshop_post_test BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE training_module SET workshop_post_test = post_test
    WHERE completion_rule = 'LESSONS_AND_POSTTEST';

ALTER TABLE workshop ADD COLUMN closed_at DATETIME(6);
ALTER TABLE workshop ADD COLUMN closed_by BIGINT;
ALTER TABLE workshop ADD COLUMN reopened_at DATETIME(6);

CREATE TABLE workshop_closure_change (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL,
    workshop_id         BIGINT       NOT NULL,
    action              VARCHAR(16)  NOT NULL,
    account_id          BIGINT,
    changed_at          DATETIME(6)  NOT NULL,
    reason              VARCHAR(500),
    completions_added   INT          NOT NULL,
    completions_removed INT          NOT NULL,
    CONSTRAINT fk_closure_change_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id)
);
CREATE INDEX ix_closure_change_workshop ON workshop_closure_change (workshop_id, changed_at);

CREATE TABLE paper_score (
    id          BIGINT      NOT NULL PRIMARY KEY,
    version     BIGINT      NOT NULL,
    workshop_id BIGINT      NOT NULL,
    person_id   BIGINT      NOT NULL,
    pre_score   INT,
    post_score  INT,
    entered_by  BIGINT,
    entered_at  DATETIME(6) NOT NULL,
    CONSTRAINT uk_paper_score UNIQUE (workshop_id, person_id),
    CONSTRAINT fk_paper_score_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id),
    CONSTRAINT fk_paper_score_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_paper_score_pre CHECK (pre_score IS NULL OR pre_score BETWEEN 0 AND 100),
    CONSTRAINT ck_paper_score_post CHECK (post_score IS NULL OR post_score BETWEEN 0 AND 100)
);
CREATE INDEX ix_paper_score_person ON paper_score (person_id);

ALTER TABLE completion ADD COLUMN title_en VARCHAR(200);
ALTER TABLE completion ADD COLUMN title_es VARCHAR(200);
ALTER TABLE completion ADD COLUMN first_day DATE;
ALTER TABLE completion ADD COLUMN last_day DATE;
ALTER TABLE completion ADD COLUMN venue_city VARCHAR(120);
ALTER TABLE completion ADD COLUMN venue_region VARCHAR(8);
ALTER TABLE completion ADD COLUMN venue_country CHAR(2);
ALTER TABLE completion ADD COLUMN project VARCHAR(255);
ALTER TABLE completion ADD COLUMN trainers VARCHAR(1000);
ALTER TABLE completion ADD COLUMN attended_hours DECIMAL(6, 1);
ALTER TABLE completion ADD COLUMN sex CHAR(1);
ALTER TABLE completion ADD COLUMN sector_code VARCHAR(40);
ALTER TABLE completion ADD COLUMN institution_id BIGINT;
ALTER TABLE completion ADD COLUMN institution_name VARCHAR(200);
ALTER TABLE completion ADD COLUMN work_city VARCHAR(120);
ALTER TABLE completion ADD COLUMN work_region VARCHAR(8);
ALTER TABLE completion ADD COLUMN work_country CHAR(2);
ALTER TABLE completion ADD COLUMN pre_score INT;
ALTER TABLE completion ADD COLUMN post_score INT;

-- Completions recorded before this migration (online only) take the facts as they stand now.
UPDATE completion SET
    title_en = (SELECT m.title_en FROM training_module m WHERE m.code = completion.module_code),
    title_es = (SELECT m.title_es FROM training_module m WHERE m.code = completion.module_code),
    first_day = completed_on,
    last_day = completed_on,
    sex = (SELECT p.sex FROM person p WHERE p.id = completion.person_id),
    sector_code = (SELECT p.sector_code FROM person p WHERE p.id = completion.person_id),
    institution_id = (SELECT p.institution_id FROM person p WHERE p.id = completion.person_id),
    institution_name = (SELECT i.name FROM person p JOIN institution i ON i.id = p.institution_id
                        WHERE p.id = completion.person_id),
    work_city = (SELECT c.name FROM person p JOIN city c ON c.id = p.work_city_id
                 WHERE p.id = completion.person_id),
    work_region = (SELECT c.region_code FROM person p JOIN city c ON c.id = p.work_city_id
                   WHERE p.id = completion.person_id),
    work_country = (SELECT p.work_country_code FROM person p WHERE p.id = completion.person_id);
CREATE INDEX ix_completion_workshop ON completion (workshop_id);

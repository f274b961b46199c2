-- Online learning (enrolments in modules, lessons read, test attempts) and the training record
-- (completions) that certificates and reports count.
-- Portable SQL: runs on H2 (MODE=LEGACY) and on MySQL 8 / MariaDB 10.11 (utf8mb4).

CREATE TABLE module_enrolment (
    id              BIGINT      NOT NULL PRIMARY KEY,
    version         BIGINT      NOT NULL,
    person_id       BIGINT      NOT NULL,
    module_id       BIGINT      NOT NULL,
    started_at      DATETIME(6) NOT NULL,
    lessons_read    INT         NOT NULL,
    pre_score       INT,
    best_post_score INT,
    post_attempts   INT         NOT NULL,
    completed_at    DATETIME(6),
    CONSTRAINT uk_module_enrolment UNIQUE (person_id, module_id),
    CONSTRAINT fk_module_enrolment_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_module_enrolment_module FOREIGN KEY (module_id) REFERENCES training_module (id)
);
CREATE INDEX ix_module_enrolment_module ON module_enrolment (module_id);

CREATE TABLE lesson_progress (
    id            BIGINT      NOT NULL PRIMARY KEY,
    version       BIGINT      NOT NULL,
    enrolment_id  BIGINT      NOT NULL,
    lesson_number INT         NOT NULL,
    read_at       DATETIME(6) NOT NULL,
    CONSTRAINT uk_lesson_progress UNIQUE (enrolment_id, lesson_number),
    CONSTRAINT fk_lesson_progress_enrolment FOREIGN KEY (enrolment_id) REFERENCES module_enrolment (id)
);

CREATE TABLE test_attempt (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    enrolment_id   BIGINT        NOT NULL,
    person_id      BIGINT        NOT NULL,
    module_id      BIGINT        NOT NULL,
    kind           VARCHAR(4)    NOT NULL,
    attempt_number INT           NOT NULL,
    paper          VARCHAR(4000) NOT NULL,
    answers        VARCHAR(4000),
    correct_count  INT,
    question_count INT           NOT NULL,
    score          INT,
    started_at     DATETIME(6)   NOT NULL,
    submitted_at   DATETIME(6),
    CONSTRAINT uk_test_attempt UNIQUE (enrolment_id, kind, attempt_number),
    CONSTRAINT fk_test_attempt_enrolment FOREIGN KEY (enrolment_id) REFERENCES module_enrolment (id),
    CONSTRAINT fk_test_attempt_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_test_attempt_module FOREIGN KEY (module_id) REFERENCES training_module (id)
);
CREATE INDEX ix_test_attempt_person ON test_attempt (person_id);

-- One row per completed module and route. occasion is 'online' for the online route (so a person
-- completes a module online once) and the workshop's id for a workshop.
CREATE TABLE completion (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    person_id      BIGINT        NOT NULL,
    module_code    VARCHAR(40)   NOT NULL,
    module_version INT           NOT NULL,
    route          VARCHAR(16)   NOT NULL,
    occasion       VARCHAR(40)   NOT NULL,
    workshop_id    BIGINT,
    completed_on   DATE          NOT NULL,
    hours          DECIMAL(5, 1) NOT NULL,
    recorded_at    DATETIME(6)   NOT NULL,
    CONSTRAINT uk_completion UNIQUE (person_id, module_code, route, occasion),
    CONSTRAINT fk_completion_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_completion_completed_on ON completion (completed_on);
CREATE INDEX ix_completion_module ON completion (module_code);

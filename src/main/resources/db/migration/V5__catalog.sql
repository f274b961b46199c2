-- The catalogue: one row per module folder under content/modules, refreshed at every content load.
-- Lessons and questions stay in the files; enrolments, attempts and completions refer to this row.
-- Portable SQL: runs on H2 (MODE=LEGACY) and on MySQL 8 / MariaDB 10.11 (utf8mb4).

CREATE TABLE training_module (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    code            VARCHAR(40)  NOT NULL,
    content_version INT          NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    hours           DECIMAL(5, 1) NOT NULL,
    title_en        VARCHAR(200),
    title_es        VARCHAR(200),
    sectors         VARCHAR(500) NOT NULL,
    languages       VARCHAR(20)  NOT NULL,
    lesson_count    INT          NOT NULL,
    pre_test        BOOLEAN      NOT NULL,
    post_test       BOOLEAN      NOT NULL,
    pass_mark       INT          NOT NULL,
    max_attempts    INT          NOT NULL,
    completion_rule VARCHAR(24)  NOT NULL,
    loaded_at       DATETIME(6)  NOT NULL,
    CONSTRAINT uk_training_module_code UNIQUE (code)
);

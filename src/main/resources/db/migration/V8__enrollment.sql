-- Enrolments of persons in workshops: one row per workshop and person (a cancelled one is reused on
-- a new sign-up). queue_number orders the waitlist (FIFO).
-- Portable SQL: runs on H2 (MODE=LEGACY) and on MySQL 8 / MariaDB 10.11 (utf8mb4).

CREATE TABLE workshop_enrolment (
    id           BIGINT      NOT NULL PRIMARY KEY,
    version      BIGINT      NOT NULL,
    workshop_id  BIGINT      NOT NULL,
    person_id    BIGINT      NOT NULL,
    status       VARCHAR(16) NOT NULL,
    queue_number INT,
    changed_by   BIGINT,
    changed_at   DATETIME(6) NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    CONSTRAINT uk_workshop_enrolment UNIQUE (workshop_id, person_id),
    CONSTRAINT fk_workshop_enrolment_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id),
    CONSTRAINT fk_workshop_enrolment_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_workshop_enrolment_person ON workshop_enrolment (person_id);
CREATE INDEX ix_workshop_enrolment_queue ON workshop_enrolment (workshop_id, status, queue_number);

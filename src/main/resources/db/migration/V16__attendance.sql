-- Attendance: statuses an admin configures, one mark per session and person, the audit of every
-- change and the client keys of saved roll calls (a repeated send of the same save changes nothing).
-- attendance_status: names are stored (not in the bundles) so that admins can add statuses; only
-- statuses that count as attended add to a person's attended hours. Statuses are never deleted,
-- only made inactive (marks and their audit keep pointing at them).
-- attendance_mark: the current status of a person in one session, with the channel it came by.
-- attendance_change: one row per change of a mark (old and new status, channel, who, when), kept
-- for good; save_id names the roll-call save that made it, if any.
-- attendance_save: the client key of each roll-call save, unique per session.
-- Portable SQL: runs on H2 (MODE=LEGACY) and on MySQL 8 / MariaDB 10.11 (utf8mb4).

CREATE TABLE attendance_status (
    code               VARCHAR(16) NOT NULL PRIMARY KEY,
    version            BIGINT      NOT NULL,
    name_en            VARCHAR(80) NOT NULL,
    name_es            VARCHAR(80) NOT NULL,
    counts_as_attended BOOLEAN     NOT NULL,
    position           INT         NOT NULL,
    active             BOOLEAN     NOT NULL
);

INSERT INTO attendance_status (code, version, name_en, name_es, counts_as_attended, position, active)
VALUES ('PRESENT', 1, 'Present', 'Presente', TRUE, 10, TRUE);
INSERT INTO attendance_status (code, version, name_en, name_es, counts_as_attended, position, active)
VALUES ('LATE', 1, 'Late', 'Tarde', TRUE, 20, TRUE);
INSERT INTO attendance_status (code, version, name_en, name_es, counts_as_attended, position, active)
VALUES ('EXCUSED', 1, 'Excused', 'Justificado', FALSE, 30, TRUE);
INSERT INTO attendance_status (code, version, name_en, name_es, counts_as_attended, position, active)
VALUES ('ABSENT', 1, 'Absent', 'Ausente', FALSE, 40, TRUE);

CREATE TABLE attendance_save (
    id             BIGINT      NOT NULL PRIMARY KEY,
    version        BIGINT      NOT NULL,
    workshop_id    BIGINT      NOT NULL,
    session_number INT         NOT NULL,
    client_key     VARCHAR(64) NOT NULL,
    saved_by       BIGINT,
    saved_at       DATETIME(6) NOT NULL,
    rows_saved     INT         NOT NULL,
    CONSTRAINT uk_attendance_save_key UNIQUE (workshop_id, session_number, client_key),
    CONSTRAINT fk_attendance_save_session FOREIGN KEY (workshop_id, session_number)
        REFERENCES workshop_session (workshop_id, session_number)
);

CREATE TABLE attendance_mark (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    workshop_id    BIGINT       NOT NULL,
    session_number INT          NOT NULL,
    person_id      BIGINT       NOT NULL,
    status_code    VARCHAR(16)  NOT NULL,
    note           VARCHAR(500),
    channel        VARCHAR(16)  NOT NULL,
    marked_by      BIGINT,
    marked_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uk_attendance_mark UNIQUE (workshop_id, session_number, person_id),
    CONSTRAINT fk_attendance_mark_session FOREIGN KEY (workshop_id, session_number)
        REFERENCES workshop_session (workshop_id, session_number),
    CONSTRAINT fk_attendance_mark_status FOREIGN KEY (status_code) REFERENCES attendance_status (code),
    CONSTRAINT fk_attendance_mark_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_attendance_mark_person ON attendance_mark (person_id);

CREATE TABLE attendance_change (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    workshop_id    BIGINT       NOT NULL,
    session_number INT          NOT NULL,
    person_id      BIGINT       NOT NULL,
    old_status     VARCHAR(16),
    new_status     VARCHAR(16)  NOT NULL,
    note           VARCHAR(500),
    channel        VARCHAR(16)  NOT NULL,
    changed_by     BIGINT,
    changed_at     DATETIME(6)  NOT NULL,
    save_id        BIGINT,
    CONSTRAINT fk_attendance_change_session FOREIGN KEY (workshop_id, session_number)
        REFERENCES workshop_session (workshop_id, session_number),
    CONSTRAINT fk_attendance_change_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_attendance_change_mark ON attendance_change (workshop_id, session_number, person_id);
CREATE INDEX ix_attendance_change_person ON attendance_change (person_id);

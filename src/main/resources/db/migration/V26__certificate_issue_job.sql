-- A trainer's "issue certificates" for a workshop runs in the background and shows its progress:
-- one row per run. A run still RUNNING when the application stopped starts again at the next start
-- (issuing is idempotent per completion, so nothing is issued twice).
CREATE TABLE certificate_issue_job (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    workshop_id  BIGINT       NOT NULL,
    requested_by BIGINT       NOT NULL,
    site         VARCHAR(500) NOT NULL,
    total        INT          NOT NULL,
    done         INT          NOT NULL,
    issued       INT          NOT NULL,
    state        VARCHAR(16)  NOT NULL,
    started_at   DATETIME(6)  NOT NULL,
    finished_at  DATETIME(6),
    CONSTRAINT fk_certificate_issue_job_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id)
);
CREATE INDEX ix_certificate_issue_job_state ON certificate_issue_job (state, workshop_id);

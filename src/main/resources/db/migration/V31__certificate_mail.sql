-- The outbox of certificate e-mails: one row per certificate and kind of mail, written in the
-- transaction that issues (or finds) the certificate for a request that asked to mail the holder,
-- so that a repeat, a resumed run or a simultaneous request finds the row and writes no second one
-- (the unique key backs the completion's lock up). A sender claims due rows for a while
-- (claimed_until), sends, marks them SENT, or puts the next attempt off (next_attempt_at) after a
-- failure; after the last attempt a row is FAILED. PENDING rows are sent again at the next start.
CREATE TABLE certificate_mail (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    certificate_id  BIGINT       NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    recipient       VARCHAR(320) NOT NULL,
    language        VARCHAR(8)   NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    attempts        INT          NOT NULL,
    next_attempt_at DATETIME(6)  NOT NULL,
    claimed_until   DATETIME(6),
    last_error      VARCHAR(500),
    created_at      DATETIME(6)  NOT NULL,
    sent_at         DATETIME(6),
    CONSTRAINT uq_certificate_mail UNIQUE (certificate_id, kind),
    CONSTRAINT fk_certificate_mail_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id)
);
CREATE INDEX ix_certificate_mail_due ON certificate_mail (state, next_attempt_at);

-- A background issuing run may e-mail each holder their certificate, as its trainer chose.
ALTER TABLE certificate_issue_job ADD COLUMN mail_holders BOOLEAN DEFAULT FALSE NOT NULL;

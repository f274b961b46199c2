-- Calendar feeds and workshop reminders.
-- calendar_feed: one secret feed address per account (a trainer's workshops for calendar apps);
-- only the SHA-256 of the token is kept, and a new token replaces (revokes) the old one.
-- workshop.revision and changed_at: SEQUENCE and LAST-MODIFIED of the workshop's calendar events.
-- workshop_enrolment.reminded_at: set once by a conditional update when the reminder is sent.
-- Portable SQL: runs on H2 (MODE=LEGACY) and on MySQL 8 / MariaDB 10.11 (utf8mb4).

CREATE TABLE calendar_feed (
    id         BIGINT      NOT NULL PRIMARY KEY,
    version    BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_calendar_feed_account UNIQUE (account_id),
    CONSTRAINT uk_calendar_feed_hash UNIQUE (token_hash),
    CONSTRAINT fk_calendar_feed_account FOREIGN KEY (account_id) REFERENCES account (id)
);

ALTER TABLE workshop ADD COLUMN revision INT DEFAULT 0 NOT NULL;
ALTER TABLE workshop ADD COLUMN changed_at DATETIME(6);
UPDATE workshop SET changed_at = created_at;

ALTER TABLE workshop_enrolment ADD COLUMN reminded_at DATETIME(6);
CREATE INDEX ix_workshop_enrolment_reminder ON workshop_enrolment (status, reminded_at);
CREATE INDEX ix_workshop_starts_at ON workshop (starts_at);

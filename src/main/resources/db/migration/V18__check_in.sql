-- QR self check-in and sign-in sheets.
-- check_in_secret: one random secret per workshop session (32 bytes from SecureRandom, Base64), made
-- the first time a trainer shows the session's code or prints its sheet. The rotating check-in codes
-- (an HMAC over the 30-second time step) and the sheet's per-person codes are derived from it; it
-- never leaves the server. A session removed from its workshop takes its secret with it.
-- Portable SQL: runs on H2 (MODE=LEGACY) and on MySQL 8 / MariaDB 10.11 (utf8mb4).

CREATE TABLE check_in_secret (
    id             BIGINT      NOT NULL PRIMARY KEY,
    version        BIGINT      NOT NULL,
    workshop_id    BIGINT      NOT NULL,
    session_number INT         NOT NULL,
    secret         VARCHAR(64) NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    CONSTRAINT uk_check_in_secret_session UNIQUE (workshop_id, session_number),
    CONSTRAINT fk_check_in_secret_session FOREIGN KEY (workshop_id, session_number)
        REFERENCES workshop_session (workshop_id, session_number) ON DELETE CASCADE
);

-- Certificates (issue 13).
-- 1. A completion carries the holder's name as registered when it was recorded, so that a
--    certificate prints it without reading the registry (completions before this migration take
--    the name as it stands now).
-- 2. Certificate numbers come from a counter row of their own in id_sequence, taken on the
--    non-transactional id pool (as ids are): a sequence that MySQL 8 has too, with gaps on rollback.
-- 3. One certificate per completion and edition (a re-issue after a name correction is the next
--    edition; the first is issued once, ever), unique number, unique random verification code; the
--    facts it shows are copied in, and the issued PDF is stored with its SHA-256, never re-rendered.
-- 4. Certificate wording per module (an admin's edit of the default template).
-- Portable SQL: runs on H2 (MODE=LEGACY) and on MySQL 8 / MariaDB 10.11 (utf8mb4); V20 (MySQL
-- only) widens the PDF column.

ALTER TABLE completion ADD COLUMN holder_name VARCHAR(250);
UPDATE completion SET holder_name =
    (SELECT CONCAT(p.given_names, ' ', p.family_names) FROM person p WHERE p.id = completion.person_id);

INSERT INTO id_sequence (sequence_name, next_value) VALUES ('certificate_number', 0);

CREATE TABLE certificate (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL,
    number            BIGINT        NOT NULL,
    code              VARCHAR(32)   NOT NULL,
    completion_id     BIGINT        NOT NULL,
    edition           INT           NOT NULL,
    person_id         BIGINT        NOT NULL,
    workshop_id       BIGINT,
    module_code       VARCHAR(40)   NOT NULL,
    holder_name       VARCHAR(250)  NOT NULL,
    title_en          VARCHAR(200),
    title_es          VARCHAR(200),
    hours             DECIMAL(5, 1) NOT NULL,
    first_day         DATE          NOT NULL,
    last_day          DATE          NOT NULL,
    venue_city        VARCHAR(120),
    issuer            VARCHAR(200)  NOT NULL,
    languages         VARCHAR(16)   NOT NULL,
    verification_url  VARCHAR(400)  NOT NULL,
    template_version  CHAR(64)      NOT NULL,
    issued_at         DATETIME(6)   NOT NULL,
    issued_on         DATE          NOT NULL,
    expires_on        DATE,
    revoked_at        DATETIME(6),
    revocation_reason VARCHAR(500),
    superseded_by     VARCHAR(32),
    replaces          VARCHAR(32),
    sha256            CHAR(64)      NOT NULL,
    CONSTRAINT uk_certificate_number UNIQUE (number),
    CONSTRAINT uk_certificate_code UNIQUE (code),
    CONSTRAINT uk_certificate_completion UNIQUE (completion_id, edition),
    CONSTRAINT fk_certificate_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_certificate_workshop ON certificate (workshop_id);
CREATE INDEX ix_certificate_person ON certificate (person_id);
CREATE INDEX ix_certificate_sha256 ON certificate (sha256);

CREATE TABLE certificate_pdf (
    certificate_id BIGINT NOT NULL PRIMARY KEY,
    content        BLOB   NOT NULL,
    CONSTRAINT fk_certificate_pdf FOREIGN KEY (certificate_id) REFERENCES certificate (id)
);

CREATE TABLE certificate_template (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    module_code VARCHAR(40)   NOT NULL,
    title_en    VARCHAR(200)  NOT NULL,
    title_es    VARCHAR(200)  NOT NULL,
    body_en     VARCHAR(2000) NOT NULL,
    body_es     VARCHAR(2000) NOT NULL,
    changed_at  DATETIME(6)   NOT NULL,
    CONSTRAINT uk_certificate_template UNIQUE (module_code)
);

-- Workshops: a delivery of one module at a venue, with sessions in the venue's time zone, trainers
-- (accounts) and a capacity. enrolled_count and waitlisted_count are kept by enrolment under a lock
-- on the workshop row (SELECT ... FOR UPDATE), so capacity is enforced by the database.
-- Portable SQL: runs on H2 (MODE=LEGACY) and on MySQL 8 / MariaDB 10.11 (utf8mb4).

CREATE TABLE workshop (
    id                BIGINT       NOT NULL PRIMARY KEY,
    version           BIGINT       NOT NULL,
    module_id         BIGINT       NOT NULL,
    title             VARCHAR(255) NOT NULL,
    project           VARCHAR(255),
    venue_name        VARCHAR(255) NOT NULL,
    venue_address     VARCHAR(255),
    city_id           BIGINT       NOT NULL,
    country_code      CHAR(2)      NOT NULL,
    time_zone         VARCHAR(64)  NOT NULL,
    capacity          INT          NOT NULL,
    sign_up_mode      VARCHAR(16)  NOT NULL,
    sign_up_deadline  DATE,
    status            VARCHAR(16)  NOT NULL,
    cancel_reason     VARCHAR(255),
    first_day         DATE         NOT NULL,
    last_day          DATE         NOT NULL,
    starts_at         DATETIME(6)  NOT NULL,
    enrolled_count    INT          NOT NULL,
    waitlisted_count  INT          NOT NULL,
    next_queue_number INT          NOT NULL,
    created_by        BIGINT,
    created_at        DATETIME(6)  NOT NULL,
    CONSTRAINT fk_workshop_module FOREIGN KEY (module_id) REFERENCES training_module (id),
    CONSTRAINT fk_workshop_city FOREIGN KEY (city_id) REFERENCES city (id),
    CONSTRAINT fk_workshop_country FOREIGN KEY (country_code) REFERENCES country (code),
    CONSTRAINT ck_workshop_capacity CHECK (enrolled_count <= capacity)
);
CREATE INDEX ix_workshop_first_day ON workshop (first_day);
CREATE INDEX ix_workshop_city ON workshop (city_id);
CREATE INDEX ix_workshop_module ON workshop (module_id);

CREATE TABLE workshop_session (
    workshop_id    BIGINT NOT NULL,
    session_number INT    NOT NULL,
    session_date   DATE   NOT NULL,
    start_time     TIME   NOT NULL,
    end_time       TIME   NOT NULL,
    CONSTRAINT pk_workshop_session PRIMARY KEY (workshop_id, session_number),
    CONSTRAINT fk_workshop_session_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id)
);

CREATE TABLE workshop_trainer (
    workshop_id BIGINT NOT NULL,
    account_id  BIGINT NOT NULL,
    CONSTRAINT pk_workshop_trainer PRIMARY KEY (workshop_id, account_id),
    CONSTRAINT fk_workshop_trainer_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id),
    CONSTRAINT fk_workshop_trainer_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_workshop_trainer_account ON workshop_trainer (account_id);

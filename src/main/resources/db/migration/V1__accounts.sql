-- Accounts, roles, API tokens, e-mailed links and sign-in throttling.
-- Portable SQL: runs on H2 (MODE=LEGACY) and on MySQL 8 / MariaDB 10.11 (utf8mb4).

CREATE TABLE id_sequence (
    sequence_name VARCHAR(50) NOT NULL PRIMARY KEY,
    next_value    BIGINT      NOT NULL
);
INSERT INTO id_sequence (sequence_name, next_value) VALUES ('capacita', 0);

CREATE TABLE account (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    username        VARCHAR(60)  NOT NULL,
    email           VARCHAR(254),
    password_hash   VARCHAR(255) NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    language        VARCHAR(8)   NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    last_sign_in_at DATETIME(6),
    CONSTRAINT uk_account_username UNIQUE (username)
);
CREATE INDEX ix_account_email ON account (email);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(16) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_account_role_role ON account_role (role);

CREATE TABLE api_token (
    id         BIGINT      NOT NULL PRIMARY KEY,
    version    BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    revoked_at DATETIME(6),
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE TABLE account_token (
    id         BIGINT      NOT NULL PRIMARY KEY,
    version    BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    purpose    VARCHAR(20) NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6),
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE TABLE login_throttle (
    throttle_key VARCHAR(64) NOT NULL PRIMARY KEY,
    version      BIGINT      NOT NULL,
    failures     INT         NOT NULL,
    locked_until DATETIME(6)
);

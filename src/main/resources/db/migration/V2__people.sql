-- The people registry: sectors, geography, institutions, persons, duplicate candidates and merges.
-- Portable SQL: runs on H2 (MODE=LEGACY) and on MySQL 8 / MariaDB 10.11 (utf8mb4).

CREATE TABLE sector (
    code      VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_en   VARCHAR(120) NOT NULL,
    name_es   VARCHAR(120) NOT NULL,
    position  INT          NOT NULL,
    built_in  BOOLEAN      NOT NULL
);

CREATE TABLE country (
    code     CHAR(2)      NOT NULL PRIMARY KEY,
    name_en  VARCHAR(120) NOT NULL,
    name_es  VARCHAR(120) NOT NULL
);

CREATE TABLE region (
    code          VARCHAR(8)   NOT NULL PRIMARY KEY,
    country_code  CHAR(2)      NOT NULL,
    name          VARCHAR(120) NOT NULL,
    CONSTRAINT fk_region_country FOREIGN KEY (country_code) REFERENCES country (code)
);
CREATE INDEX ix_region_country ON region (country_code);

CREATE TABLE city (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    country_code  CHAR(2)      NOT NULL,
    region_code   VARCHAR(8),
    name          VARCHAR(120) NOT NULL,
    name_folded   VARCHAR(120) NOT NULL,
    CONSTRAINT uk_city_country_name UNIQUE (country_code, name_folded),
    CONSTRAINT fk_city_country FOREIGN KEY (country_code) REFERENCES country (code),
    CONSTRAINT fk_city_region FOREIGN KEY (region_code) REFERENCES region (code)
);

CREATE TABLE institution (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    name          VARCHAR(200) NOT NULL,
    name_folded   VARCHAR(200) NOT NULL,
    sector_code   VARCHAR(40)  NOT NULL,
    country_code  CHAR(2)      NOT NULL,
    city_id       BIGINT,
    CONSTRAINT uk_institution_country_name UNIQUE (country_code, name_folded),
    CONSTRAINT fk_institution_sector FOREIGN KEY (sector_code) REFERENCES sector (code),
    CONSTRAINT fk_institution_country FOREIGN KEY (country_code) REFERENCES country (code),
    CONSTRAINT fk_institution_city FOREIGN KEY (city_id) REFERENCES city (id)
);

CREATE TABLE person (
    id                BIGINT       NOT NULL PRIMARY KEY,
    version           BIGINT       NOT NULL,
    given_names       VARCHAR(120) NOT NULL,
    family_names      VARCHAR(120) NOT NULL,
    sex               CHAR(1)      NOT NULL,
    email             VARCHAR(254),
    phone             VARCHAR(40),
    national_id       VARCHAR(40),
    national_id_key   VARCHAR(40),
    institution_id    BIGINT       NOT NULL,
    sector_code       VARCHAR(40)  NOT NULL,
    position_title    VARCHAR(120),
    work_city_id      BIGINT       NOT NULL,
    work_country_code CHAR(2)      NOT NULL,
    search_text       VARCHAR(700) NOT NULL,
    family_key        VARCHAR(60)  NOT NULL,
    identity_key      CHAR(40)     NOT NULL,
    account_id        BIGINT,
    merged_into_id    BIGINT,
    created_at        DATETIME(6)  NOT NULL,
    CONSTRAINT uk_person_national_id UNIQUE (work_country_code, national_id_key),
    CONSTRAINT uk_person_account UNIQUE (account_id),
    CONSTRAINT fk_person_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_person_sector FOREIGN KEY (sector_code) REFERENCES sector (code),
    CONSTRAINT fk_person_city FOREIGN KEY (work_city_id) REFERENCES city (id),
    CONSTRAINT fk_person_country FOREIGN KEY (work_country_code) REFERENCES country (code),
    CONSTRAINT fk_person_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_person_merged_into FOREIGN KEY (merged_into_id) REFERENCES person (id)
);
CREATE INDEX ix_person_email ON person (email);
CREATE INDEX ix_person_institution ON person (institution_id);
CREATE INDEX ix_person_family_key ON person (family_key);
CREATE INDEX ix_person_identity_key ON person (identity_key);

CREATE TABLE duplicate_candidate (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    person_a_id BIGINT        NOT NULL,
    person_b_id BIGINT        NOT NULL,
    score       DECIMAL(4, 3) NOT NULL,
    status      VARCHAR(12)   NOT NULL,
    found_at    DATETIME(6)   NOT NULL,
    decided_by  VARCHAR(60),
    decided_at  DATETIME(6),
    CONSTRAINT uk_duplicate_pair UNIQUE (person_a_id, person_b_id),
    CONSTRAINT fk_duplicate_a FOREIGN KEY (person_a_id) REFERENCES person (id),
    CONSTRAINT fk_duplicate_b FOREIGN KEY (person_b_id) REFERENCES person (id)
);
CREATE INDEX ix_duplicate_status_score ON duplicate_candidate (status, score);

CREATE TABLE person_merge (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    survivor_id   BIGINT        NOT NULL,
    duplicate_id  BIGINT        NOT NULL,
    merged_by     VARCHAR(60)   NOT NULL,
    merged_at     DATETIME(6)   NOT NULL,
    undone_by     VARCHAR(60),
    undone_at     DATETIME(6),
    moved_records VARCHAR(4000) NOT NULL,
    CONSTRAINT fk_merge_survivor FOREIGN KEY (survivor_id) REFERENCES person (id),
    CONSTRAINT fk_merge_duplicate FOREIGN KEY (duplicate_id) REFERENCES person (id)
);

INSERT INTO sector (code, name_en, name_es, position, built_in) VALUES
    ('health', 'Health', 'Salud', 10, TRUE),
    ('justice', 'Justice (judiciary)', 'Justicia (poder judicial)', 20, TRUE),
    ('prosecution', 'Prosecution', 'Fiscalía / Ministerio Público', 30, TRUE),
    ('law_enforcement', 'Law enforcement (police)', 'Policías', 40, TRUE),
    ('migration', 'Migration and border', 'Migración y fronteras', 50, TRUE),
    ('labour_inspection', 'Labour inspection', 'Inspección del trabajo', 60, TRUE),
    ('social_services', 'Social services and child protection', 'Servicios sociales y protección de la infancia', 70, TRUE),
    ('education', 'Education', 'Educación', 80, TRUE),
    ('municipal', 'Municipal government', 'Gobierno municipal', 90, TRUE),
    ('ngo', 'Civil society / NGO', 'Sociedad civil / ONG', 100, TRUE),
    ('international_organisation', 'International organisation', 'Organismo internacional', 110, TRUE),
    ('other', 'Other', 'Otro', 120, TRUE);

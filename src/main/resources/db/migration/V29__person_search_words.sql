-- The people search at 500,000 persons (issue 14): each search word's row now carries what a search
-- needs to finish without reading person. The rows are kept in word order (the primary key, which
-- MariaDB's InnoDB clusters the table by), so that a search reads one word's range of rows in a row
-- and checks its other words against `words` (all of the person's words, each after a space) in the
-- same row, and chooses its page of 50 by `sort_key` (folded family and given names). Only persons
-- not merged away have rows. V30 fills the table again from person (and, on MySQL/MariaDB, makes
-- its text compare as bytes, as V21_1 did).
DROP TABLE person_search_token;
CREATE TABLE person_search_token (
    token      VARCHAR(60)  NOT NULL,
    person_id  BIGINT       NOT NULL,
    sort_key   VARCHAR(250) NOT NULL,
    words      VARCHAR(800) NOT NULL,
    CONSTRAINT pk_person_search_token PRIMARY KEY (token, person_id),
    CONSTRAINT fk_person_search_token_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_person_search_token_person ON person_search_token (person_id);

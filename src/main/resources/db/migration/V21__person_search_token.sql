-- The people search looks every word of a query up by prefix in this table, through the index on
-- (token, person_id), instead of scanning person.search_text with LIKE '%word%' (a full scan that
-- took about 180 ms at 101,000 persons on MariaDB). One row per folded word of a person's names,
-- e-mail, national ID and institution, written with the person (Person.searchTokens, and the
-- import's PersonBatchWriter); V22 fills it in for the persons stored before.
CREATE TABLE person_search_token (
    person_id  BIGINT      NOT NULL,
    token      VARCHAR(60) NOT NULL,
    CONSTRAINT pk_person_search_token PRIMARY KEY (person_id, token),
    CONSTRAINT fk_person_search_token_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_person_search_token ON person_search_token (token, person_id);

-- The duplicate search's second axis: persons whose given names sound alike, their family keys in
-- order, so that a typo in the first family name ("Péerz" for "Pérez") still meets its record
-- (people/application/DuplicateFinder).
CREATE INDEX ix_person_given_family ON person (given_key, family_key);

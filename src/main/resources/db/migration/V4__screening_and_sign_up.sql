-- Persons stored by an import wait here, as ranges of ids, until the duplicate screening that runs
-- after the import has compared each of them with the registry. A range is written in the import's
-- own transaction, so a committed import is always screened, even after a restart.
CREATE TABLE duplicate_screening (
    id              BIGINT      NOT NULL PRIMARY KEY,
    first_person_id BIGINT      NOT NULL,
    last_person_id  BIGINT      NOT NULL,
    queued_at       DATETIME(6) NOT NULL
);

-- What a learner said about themself when registering (names, sex, workplace, as JSON), kept until
-- the address is confirmed: only then does the registry get a person for them.
ALTER TABLE account ADD sign_up_profile VARCHAR(2000);

-- One index serves the whole duplicate search: the family-name block, ordered by the given-name key.
-- It replaces the index on the family key alone, so that imports keep the same number of indexes.
CREATE INDEX ix_person_block_keys ON person (family_key, given_key);
DROP INDEX ix_person_family_key ON person;

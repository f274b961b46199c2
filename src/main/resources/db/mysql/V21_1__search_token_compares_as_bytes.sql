-- MySQL/MariaDB only: search words are stored folded (lower case, no accents), so they compare as
-- bytes, as the person keys do (V9): cheaper index entries, and two words a Unicode collation
-- would weigh alike (outside Latin scripts) never collide in the primary key.
ALTER TABLE person_search_token
    MODIFY token VARCHAR(60) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;

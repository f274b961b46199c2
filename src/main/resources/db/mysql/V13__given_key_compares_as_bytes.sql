-- MySQL/MariaDB only, as V9: the given-name key is computed already folded, so it compares as bytes;
-- every person has one since V12.
ALTER TABLE person
    MODIFY given_key VARCHAR(60) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;

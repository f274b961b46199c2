-- MySQL/MariaDB only (H2 has no character sets per column): the person keys that imports and the
-- duplicate matcher look up are computed by the application, already folded and in one case, so
-- they compare as bytes. A Unicode collation would weigh every character of every index entry;
-- bytes make inserts into these indexes about a tenth faster and change no result.
-- identity_key is a hexadecimal digest: ASCII. The other two may keep letters outside ASCII.
ALTER TABLE person
    MODIFY identity_key    CHAR(40)    CHARACTER SET ascii   COLLATE ascii_bin   NOT NULL,
    MODIFY family_key      VARCHAR(60) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    MODIFY national_id_key VARCHAR(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

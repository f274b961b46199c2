-- MySQL/MariaDB only: a BLOB there holds at most 64 KB; a certificate aims at 60 KB, so its column
-- takes MEDIUMBLOB (16 MB) for a margin (H2's BLOB has no such limit). The verification code is
-- ASCII and compares as bytes.
ALTER TABLE certificate_pdf MODIFY content MEDIUMBLOB NOT NULL;
ALTER TABLE certificate MODIFY code VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;

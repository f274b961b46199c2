-- A module's certificate template chooses its languages (Spanish and English on one page, or one of
-- them; NULL: the configured ones) and a logo (a PNG or JPEG of at most 24 KB, copied into the row,
-- so that a file changed or removed later changes no template; NULL: none).
ALTER TABLE certificate_template ADD COLUMN languages VARCHAR(8);
ALTER TABLE certificate_template ADD COLUMN logo_name VARCHAR(100);
ALTER TABLE certificate_template ADD COLUMN logo BLOB;

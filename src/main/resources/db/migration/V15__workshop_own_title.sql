-- A workshop's own title, null when it has none: it is then named by its module's title in the
-- reader's language. Until now a workshop left untitled stored its module's English title, which
-- Spanish readers then saw everywhere; a stored title equal to the module's (English or Spanish)
-- title is taken for such a workshop. A new column rather than a nullable title: dropping NOT
-- NULL has no syntax that both H2 and MySQL accept.
-- Portable SQL: runs on H2 (MODE=LEGACY) and on MySQL 8 / MariaDB 10.11 (utf8mb4).

ALTER TABLE workshop ADD COLUMN own_title VARCHAR(255);
UPDATE workshop SET own_title = title
    WHERE NOT EXISTS (SELECT 1 FROM training_module m WHERE m.id = workshop.module_id
                      AND (workshop.title = m.title_en OR workshop.title = m.title_es));
ALTER TABLE workshop DROP COLUMN title;

-- Creates Capacita's database and its application account on MySQL 8 or MariaDB 10.11.
--
-- Run it as an administrator, choosing the password on the command line (never commit one):
--   mysql -u root -p -e "SET @app_password='<a long random password>'; SOURCE deployment/mysql/create-database.sql"
-- Optional: SET @db_name='capacita_staging' (default capacita) and @app_user (default capacita),
--           SET @app_host='10.0.0.%' (default: the account may connect from anywhere, '%').
--
-- The account gets rights on this one database only: data access plus the schema changes Flyway
-- makes at start-up (CREATE, ALTER, INDEX, REFERENCES, DROP for replaced objects). No global rights.

SET @db_name  = COALESCE(@db_name, 'capacita');
SET @app_user = COALESCE(@app_user, 'capacita');
SET @app_host = COALESCE(@app_host, '%');

SET @stmt = CONCAT('CREATE DATABASE IF NOT EXISTS `', @db_name,
                   '` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
PREPARE s FROM @stmt; EXECUTE s; DEALLOCATE PREPARE s;

SET @stmt = CONCAT('CREATE USER IF NOT EXISTS ''', @app_user, '''@''', @app_host,
                   ''' IDENTIFIED BY ''', REPLACE(@app_password, '''', ''''''), '''');
PREPARE s FROM @stmt; EXECUTE s; DEALLOCATE PREPARE s;

SET @stmt = CONCAT('GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, DROP, REFERENCES, ',
                   'CREATE VIEW, SHOW VIEW ON `', @db_name, '`.* TO ''', @app_user, '''@''', @app_host, '''');
PREPARE s FROM @stmt; EXECUTE s; DEALLOCATE PREPARE s;

FLUSH PRIVILEGES;

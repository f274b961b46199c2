/** The data source (H2 or MySQL/MariaDB by configuration), Flyway migrations and readiness. */
package org.capacita.infrastructure.database;

package org.capacita.infrastructure.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** One build, two databases: the driver and its settings follow the configured URL. */
class DatabaseSettingsTest {

  @Test
  void shouldUseEmbeddedH2InLegacyModeByDefault() {
    String url = ConfiguredDataSource.embeddedUrl(Path.of("data"));
    DatabaseSettings settings = new DatabaseSettings(url, "", "", false);

    assertTrue(url.startsWith("jdbc:h2:file:") && url.contains(";MODE=LEGACY"), url);
    assertEquals("org.h2.Driver", settings.driverClassName());
    assertTrue(settings.connectionProperties().isEmpty());
  }

  @Test
  void shouldTalkToMariaDbThroughConnectorJInUtcAndUtf8mb4() {
    DatabaseSettings settings =
        new DatabaseSettings(
            "jdbc:mariadb://db:3306/capacita", "capacita", "s3cret-from-env", false);
    Properties properties = settings.connectionProperties();

    assertEquals("com.mysql.cj.jdbc.Driver", settings.driverClassName());
    assertEquals("jdbc:mysql://db:3306/capacita", settings.jdbcUrl());
    assertEquals("UTC", properties.getProperty("connectionTimeZone"));
    assertEquals("UTF-8", properties.getProperty("characterEncoding"));
    assertEquals("capacita", properties.getProperty("user"));
    assertFalse(settings.toString().contains("s3cret"), "the password is never logged");
  }

  @Test
  void shouldRefuseAnUnknownDatabase() {
    DatabaseSettings settings = new DatabaseSettings("jdbc:oracle:thin:@x", "", "", false);

    assertThrows(IllegalStateException.class, settings::driverClassName);
  }
}

package org.capacita.scheduling.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.capacita.catalog.domain.CompletionRule;
import org.capacita.catalog.domain.Module;
import org.capacita.catalog.domain.ModuleStatus;
import org.capacita.people.domain.City;
import org.capacita.people.domain.Country;
import org.capacita.shared.i18n.Messages;
import org.junit.jupiter.api.Test;

/** A workshop's title: its own, or its module's in the reader's language. */
class WorkshopTitleTest {

  private static final String ENGLISH = "Migration and health";
  private static final String SPANISH = "Migración y salud";

  private static Module module() {
    Module module = new Module("MIG-HEALTH");
    module.refresh(
        new Module.ModuleFacts(
            1,
            ModuleStatus.PUBLISHED,
            BigDecimal.valueOf(4),
            ENGLISH,
            SPANISH,
            List.of("health"),
            List.of("en", "es"),
            3,
            false,
            true,
            70,
            3,
            CompletionRule.LESSONS_AND_POSTTEST),
        Instant.EPOCH);
    return module;
  }

  private static Workshop workshop(String title) {
    WorkshopPlan plan =
        new WorkshopPlan(
            module(),
            title,
            null,
            new Venue("Hospital Regional", null, new City(new Country() {}, "Antofagasta")),
            ZoneId.of("America/Santiago"),
            20,
            List.of(
                new SessionTimes(
                    LocalDate.parse("2027-04-17"), LocalTime.of(9, 0), LocalTime.of(13, 0))),
            SignUpMode.OPEN,
            null,
            Set.of(7L));
    return new Workshop(plan, 7L, Instant.EPOCH);
  }

  @Test
  void shouldNameAWorkshopWithoutTitleByItsModuleInTheReadersLanguage() {
    Workshop untitled = workshop(null);

    assertEquals(SPANISH, untitled.title(Messages.SPANISH));
    assertEquals(SPANISH, untitled.title(Locale.forLanguageTag("es-CL")));
    assertEquals(ENGLISH, untitled.title(Messages.ENGLISH));
    assertEquals(ENGLISH, untitled.title(Locale.GERMAN));
    assertNull(untitled.title().own());
  }

  @Test
  void shouldShowAWorkshopsOwnTitleInEveryLanguage() {
    Workshop titled = workshop("  Trata de personas en el norte ");

    assertEquals("Trata de personas en el norte", titled.title(Messages.ENGLISH));
    assertEquals("Trata de personas en el norte", titled.title(Messages.SPANISH));
  }

  @Test
  void shouldTakeABlankTitleOrTheModulesTitleForNoTitleOfItsOwn() {
    assertNull(workshop("   ").title().own());
    assertNull(workshop(ENGLISH).title().own());
    assertNull(workshop(SPANISH).title().own());
    assertEquals(SPANISH, workshop(ENGLISH).title(Messages.SPANISH));
  }
}

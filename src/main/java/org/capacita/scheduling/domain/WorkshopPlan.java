package org.capacita.scheduling.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.capacita.catalog.domain.Module;

/**
 * Everything a workshop is scheduled with, checked by {@link Workshop}; {@code title} is null for a
 * workshop named by its module (see {@link WorkshopTitle}).
 */
public record WorkshopPlan(
    Module module,
    String title,
    String project,
    Venue venue,
    ZoneId zone,
    int capacity,
    List<SessionTimes> sessions,
    SignUpMode signUpMode,
    LocalDate signUpDeadline,
    Set<Long> trainerIds) {}

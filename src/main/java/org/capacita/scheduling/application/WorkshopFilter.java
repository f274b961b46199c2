package org.capacita.scheduling.application;

import java.time.LocalDate;

/** What a workshop list is narrowed to; null means any. */
public record WorkshopFilter(LocalDate from, LocalDate to, String city, String moduleCode) {}

package org.capacita.scheduling.domain;

/**
 * Fired inside the changing transaction, with the workshop row locked: a larger capacity lets
 * waitlisted people in.
 */
public record WorkshopChanged(Workshop workshop) {}

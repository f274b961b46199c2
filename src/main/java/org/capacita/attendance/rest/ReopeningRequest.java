package org.capacita.attendance.rest;

import org.capacita.shared.validation.RequiredText;

/** {@code {"reason"}} for re-opening a closed workshop: what is to be corrected. */
public record ReopeningRequest(@RequiredText String reason) {}

package org.capacita.scheduling.rest;

import org.capacita.shared.validation.RequiredText;

/** {@code {"reason"}} for cancelling a workshop. */
public record CancellationRequest(@RequiredText String reason) {}

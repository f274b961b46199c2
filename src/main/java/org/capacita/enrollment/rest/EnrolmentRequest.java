package org.capacita.enrollment.rest;

/** {@code {"personId"}}: who to enrol. */
public record EnrolmentRequest(Long personId) {}

package org.capacita.enrollment.application;

import org.capacita.enrollment.domain.Enrolment;

/** An enrolment and, when waitlisted, its place in the queue (1 = next to be promoted). */
public record EnrolmentResult(Enrolment enrolment, Integer position) {}

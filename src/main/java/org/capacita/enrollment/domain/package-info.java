/** Enrolments, their statuses and the waitlist order. */
package org.capacita.enrollment.domain;

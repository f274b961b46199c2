/**
 * Enrolment in workshops: people added by trainers and leads or signing up themselves, a FIFO
 * waitlist, promotion when a seat frees up, and the mails that tell them. Capacity is enforced in
 * the database: every change locks the workshop row first.
 */
package org.capacita.enrollment;

/** Enrolling, cancelling and promoting under a lock on the workshop row; merges; mails. */
package org.capacita.enrollment.application;

/** {@code /api/v1/workshops/{id}/enrollments}: enrol, cancel, approve and list. */
package org.capacita.enrollment.rest;

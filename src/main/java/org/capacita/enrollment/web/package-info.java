/**
 * The enrolment fragments of the workshop page ({@code workshops/workshop.xhtml}, whose own bean is
 * {@code scheduling.web.WorkshopFactsBacking}): one's own place, the roster, enrolling people from
 * the registry and from a file.
 */
package org.capacita.enrollment.web;

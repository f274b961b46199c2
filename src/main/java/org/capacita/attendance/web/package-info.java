/**
 * Attendance pages: the roll call of a session ({@code attendance/roll-call.xhtml}) with the
 * endpoint its script saves marks to, walk-ins, the workshop page's attendance fragment and the
 * admin page of statuses.
 */
package org.capacita.attendance.web;

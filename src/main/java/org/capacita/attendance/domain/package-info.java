/** Attendance statuses, marks and their audit, with the rules they guard. */
package org.capacita.attendance.domain;

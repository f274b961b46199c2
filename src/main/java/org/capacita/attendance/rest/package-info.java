/** {@code /api/v1/workshops/{id}/sessions/{number}/attendance}: a session's roll call. */
package org.capacita.attendance.rest;

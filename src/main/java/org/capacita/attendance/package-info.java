/**
 * Attendance at workshop sessions: the statuses an admin configures, one mark per session and
 * person with the channel it came by (roll call, QR, typed code, paper import, walk-in, API), the
 * audit of every change, the roll call with its offline marks, and what completions read (the
 * sessions each person attended). Floor 4: it may use enrollment, scheduling, completion, accounts,
 * people, catalog and shared; nothing uses it.
 */
package org.capacita.attendance;

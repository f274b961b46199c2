package org.capacita.attendance.rest;

/** A check-in done: who was marked present in which session, and by which channel. */
public record CheckInView(long workshopId, int session, long personId, String channel) {}

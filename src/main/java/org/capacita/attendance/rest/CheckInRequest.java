package org.capacita.attendance.rest;

/** {@code {"code"}}: the session's current code, scanned or typed. */
public record CheckInRequest(String code) {}

package org.capacita.attendance.domain;

/** One session of one workshop, by the workshop's id and the session's number. */
public record SessionRef(long workshopId, int sessionNumber) {}

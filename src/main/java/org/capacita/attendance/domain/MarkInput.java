package org.capacita.attendance.domain;

/** One row of a roll-call save as sent: whose mark, which status, an optional note. */
public record MarkInput(Long personId, String status, String note) {}

package org.capacita.attendance.application;

import java.time.Instant;

/**
 * What the trainer's screen shows now: the session's current code, the link its QR code holds, when
 * the code changes, when check-in closes, and how many are marked present so far.
 */
public record ShownCode(
    ManagedSession session,
    String code,
    String link,
    Instant changesAt,
    Instant closesAt,
    long present) {}

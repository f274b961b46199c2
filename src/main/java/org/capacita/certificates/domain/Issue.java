package org.capacita.certificates.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The circumstances of one issue: the number taken, the code drawn, the completion and edition it
 * is for, its holder and workshop, when (the instant and the day), until when it is valid (null:
 * for ever) and the code of the certificate it replaces (null for a first issue).
 */
public record Issue(
    long number,
    String code,
    long completionId,
    int edition,
    long personId,
    Long workshopId,
    Instant at,
    LocalDate on,
    LocalDate expiresOn,
    String replaces) {}

package org.capacita.attendance.application;

import java.util.List;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.scheduling.domain.WorkshopSession;

/**
 * A page of one session's roll call: the workshop and session, the persons on this page (searched,
 * in name order), how many match in all, and how many take part and are marked in the session.
 */
public record RollCallPage(
    Workshop workshop,
    WorkshopSession session,
    List<RollCallLine> lines,
    long matching,
    long takingPart,
    long marked) {}

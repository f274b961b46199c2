package org.capacita.attendance.web;

import java.util.List;

/**
 * One person on the roll-call page: who, whether they walked in, their saved status code ("" when
 * not marked) and note, and the audit of their mark as lines to show, newest first.
 */
public record RollCallRow(
    long personId,
    String name,
    String institution,
    boolean walkIn,
    String status,
    String note,
    List<HistoryLine> history) {

  public long getPersonId() {
    return personId;
  }

  public String getName() {
    return name;
  }

  public String getInstitution() {
    return institution;
  }

  public boolean isWalkIn() {
    return walkIn;
  }

  public String getStatus() {
    return status;
  }

  public String getNote() {
    return note;
  }

  public List<HistoryLine> getHistory() {
    return history;
  }

  /** One change: when (venue's zone), who, from and to (names in the user's language), how. */
  public record HistoryLine(String when, String who, String from, String to, String channel) {
    public String getWhen() {
      return when;
    }

    public String getWho() {
      return who;
    }

    public String getFrom() {
      return from;
    }

    public String getTo() {
      return to;
    }

    public String getChannel() {
      return channel;
    }
  }
}

package org.capacita.attendance.web;

import java.util.List;

/**
 * One person on the roll-call page: who, whether they walked in, their saved status code ("" when
 * not marked) and note, and the latest changes of their mark as lines to show, newest first, with
 * the number of changes in all.
 */
public record RollCallRow(
    long personId,
    String name,
    String institution,
    boolean walkIn,
    String status,
    String note,
    List<HistoryLine> history,
    int changes) {

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

  /** How many changes the mark had in all (the history shows the latest only). */
  public int getChanges() {
    return changes;
  }

  /** How many earlier changes the history leaves out. */
  public int getEarlier() {
    return changes - history.size();
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

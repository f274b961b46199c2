package org.capacita.enrollment.web;

import java.io.Serializable;
import org.capacita.people.web.PersonRow;

/**
 * A person the registry search found for the workshop: what tells them apart from namesakes
 * (institution, city, masked ID), their place in this workshop if they have one (then they cannot
 * be ticked again), and whether they are ticked for enrolment.
 */
public final class Candidate implements Serializable {

  private static final long serialVersionUID = 1L;

  private final PersonRow person;
  private final String status;
  private final Integer position;
  private boolean picked;

  Candidate(PersonRow person, String status, Integer position, boolean picked) {
    this.person = person;
    this.status = status;
    this.position = position;
    this.picked = picked;
  }

  public long getId() {
    return person.getId();
  }

  public PersonRow getPerson() {
    return person;
  }

  /** Their status in this workshop (enrolled, waitlisted, requested), or null. */
  public String getStatus() {
    return status;
  }

  public Integer getPosition() {
    return position;
  }

  /** Whether they may be ticked: not in this workshop yet. */
  public boolean isFree() {
    return status == null;
  }

  public boolean isPicked() {
    return picked;
  }

  public void setPicked(boolean picked) {
    this.picked = picked;
  }
}

package org.capacita.attendance.web;

import org.capacita.attendance.domain.SessionRef;

/**
 * The parameters of a roll-call address: {@code workshop}, {@code session}, the search {@code q}
 * and the {@code page} (from 0), a missing or negative page being the first; or one {@code person}
 * with the whole history of their mark.
 */
public class RollCallAddress implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  private Long workshop;
  private Integer session;
  private String q;
  private Integer page;
  private Long person;

  /** The session named (an impossible one when a parameter is missing: not found). */
  public SessionRef ref() {
    return new SessionRef(workshop == null ? -1 : workshop, session == null ? -1 : session);
  }

  public int shownPage() {
    return page == null || page < 0 ? 0 : page;
  }

  public Long getWorkshop() {
    return workshop;
  }

  public void setWorkshop(Long workshop) {
    this.workshop = workshop;
  }

  public Integer getSession() {
    return session;
  }

  public void setSession(Integer session) {
    this.session = session;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public Integer getPage() {
    return page;
  }

  public void setPage(Integer page) {
    this.page = page;
  }

  /** One person only, with every change of their mark (the link from a long history). */
  public Long getPerson() {
    return person;
  }

  public void setPerson(Long person) {
    this.person = person;
  }
}

package org.capacita.attendance.web;

import java.io.Serializable;
import org.capacita.attendance.application.PaperScoring.ScoreEntry;
import org.capacita.attendance.application.ScoreSheet;

/** One person's line on the paper scores page: name and the two scores as typed. */
public class ScoreRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long personId;
  private final String name;
  private Integer pre;
  private Integer post;

  private ScoreRow(long personId, String name, Integer pre, Integer post) {
    this.personId = personId;
    this.name = name;
    this.pre = pre;
    this.post = post;
  }

  static ScoreRow of(ScoreSheet.Row row) {
    return new ScoreRow(row.personId(), row.name(), row.scores().pre(), row.scores().post());
  }

  ScoreEntry entry() {
    return new ScoreEntry(personId, pre, post);
  }

  /** Whether the post-test is passed at {@code passMark} (false without a score). */
  public boolean passed(Integer passMark) {
    return passMark != null && post != null && post >= passMark;
  }

  public long getPersonId() {
    return personId;
  }

  public String getName() {
    return name;
  }

  public Integer getPre() {
    return pre;
  }

  public void setPre(Integer pre) {
    this.pre = pre;
  }

  public Integer getPost() {
    return post;
  }

  public void setPost(Integer post) {
    this.post = post;
  }
}

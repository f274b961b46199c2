package org.capacita.attendance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.capacita.attendance.application.PaperScoring;
import org.capacita.attendance.application.ScoreSheet;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.web.LocaleSelector;
import org.capacita.shared.web.PageMessages;

/**
 * {@code attendance/scores.xhtml?workshop=}: a lead or the workshop's trainer enters each enrolled
 * person's paper pre- and post-test score, 0 to 100 (empty: not sat), and saves them all at once;
 * any invalid score saves nothing. Another trainer's workshop is "not found".
 */
@Named
@ViewScoped
public class ScoresBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PaperScoring scoring;
  @Inject private LocaleSelector localeSelector;

  private Long workshop;
  private String title;
  private Integer passMark;
  private List<ScoreRow> rows = List.of();

  public void load() {
    ScoreSheet sheet = scoring.sheet(workshop == null ? -1 : workshop);
    Workshop found = sheet.workshop();
    Locale locale = localeSelector.getLocale();
    title = found.title(locale);
    passMark = found.getModule().hasPostTest() ? found.getModule().getPassMark() : null;
    rows = sheet.rows().stream().map(ScoreRow::of).toList();
  }

  public String save() {
    try {
      scoring.enter(workshop, rows.stream().map(ScoreRow::entry).toList());
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
      return null;
    }
    PageMessages.info("attendance.paperScores.saved", rows.size());
    return "/attendance/scores?faces-redirect=true&workshop=" + workshop;
  }

  public Long getWorkshop() {
    return workshop;
  }

  public void setWorkshop(Long workshop) {
    this.workshop = workshop;
  }

  public String getTitle() {
    return title;
  }

  /** The module's post-test pass mark, or null when the module has no post-test. */
  public Integer getPassMark() {
    return passMark;
  }

  public List<ScoreRow> getRows() {
    return rows;
  }
}

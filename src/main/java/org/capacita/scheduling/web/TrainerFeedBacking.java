package org.capacita.scheduling.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.capacita.scheduling.application.CalendarFeeds;
import org.capacita.scheduling.domain.CalendarFeed;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.security.CurrentCaller;
import org.capacita.shared.security.Role;
import org.capacita.shared.web.PageMessages;
import org.capacita.shared.web.SiteAddress;

/**
 * The calendar card of {@code account/settings.xhtml}: a trainer's secret feed address, shown once
 * when made; making a new one revokes the old.
 */
@Named
@RequestScoped
public class TrainerFeedBacking {

  @Inject private CalendarFeeds feeds;
  @Inject private SiteAddress site;
  @Inject private CurrentCaller callers;

  private boolean trainer;
  private Instant feedSince;
  private String feedUrl;

  @PostConstruct
  void load() {
    trainer = callers.get().hasRole(Role.TRAINER);
    if (trainer) {
      feedSince = feeds.mine().map(CalendarFeed::getCreatedAt).orElse(null);
    }
  }

  /** Shows the new address on this response only: it is not stored and cannot be shown again. */
  public String renewFeed() {
    String address;
    try {
      address = site.ofPage();
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
      return null;
    }
    feedUrl = address + "/calendar/trainers/" + feeds.renew() + ".ics";
    feedSince = Instant.now();
    PageMessages.info("settings.calendar.renewed");
    return null;
  }

  public boolean isTrainer() {
    return trainer;
  }

  public Instant getFeedSince() {
    return feedSince;
  }

  public String getFeedUrl() {
    return feedUrl;
  }
}

package org.capacita.scheduling.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.scheduling.domain.WorkshopSession;
import org.capacita.scheduling.domain.WorkshopStatus;
import org.capacita.shared.i18n.Messages;

/**
 * Workshops as iCalendar (RFC 5545): one event per session, in the venue's time zone (with its
 * VTIMEZONE), a UID that stays the same across changes, SEQUENCE and LAST-MODIFIED so that calendar
 * apps take changes, STATUS:CANCELLED for a cancelled workshop. ical4j escapes the text.
 */
@ApplicationScoped
public class WorkshopCalendar {

  public static final String MEDIA_TYPE = "text/calendar";
  private static final String PRODUCT = "-//Capacita//Workshops//EN";

  private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

  /**
   * The calendar text; {@code site} starts the links back to each workshop's page (no links without
   * it).
   */
  public String of(List<Workshop> workshops, String name, Optional<String> site, Locale locale) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    calendar.add(new XProperty("X-WR-CALNAME", name));
    Map<String, TimeZone> used = new LinkedHashMap<>();
    for (Workshop workshop : workshops) {
      TimeZone zone = used.computeIfAbsent(workshop.getTimeZone(), zones::getTimeZone);
      for (WorkshopSession session : workshop.getSessions()) {
        calendar.add(event(workshop, session, zone, site, locale));
      }
    }
    used.values().forEach(zone -> calendar.add(zone.getVTimeZone()));
    StringWriter text = new StringWriter();
    try {
      new CalendarOutputter().output(calendar, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private VEvent event(
      Workshop workshop,
      WorkshopSession session,
      TimeZone zone,
      Optional<String> site,
      Locale locale) {
    ZonedDateTime start = session.getDate().atTime(session.getStart()).atZone(zone.toZoneId());
    ZonedDateTime end = session.getDate().atTime(session.getEnd()).atZone(zone.toZoneId());
    Optional<String> link =
        site.map(address -> address + "/workshops/workshop.xhtml?id=" + workshop.getId());
    VEvent event = new VEvent(start, end, workshop.title(locale));
    event.add(new Uid(uid(workshop, session)));
    event.add(new Location(place(workshop, locale)));
    event.add(
        new Description(
            Messages.get(
                    locale,
                    "calendar.event.description",
                    workshop.getModule().title(locale),
                    session.getNumber(),
                    workshop.getSessions().size(),
                    link.orElse(""))
                .strip()));
    link.ifPresent(address -> event.add(new Url(URI.create(address))));
    event.add(new Sequence(workshop.getRevision()));
    event.add(new LastModified(workshop.getChangedAt()));
    event.add(
        workshop.getStatus() == WorkshopStatus.CANCELLED
            ? ImmutableStatus.VEVENT_CANCELLED
            : ImmutableStatus.VEVENT_CONFIRMED);
    return event;
  }

  /** The same for a session across every change of the workshop. */
  public static String uid(Workshop workshop, WorkshopSession session) {
    return "workshop-" + workshop.getId() + "-session-" + session.getNumber() + "@capacita";
  }

  private static String place(Workshop workshop, Locale locale) {
    StringJoiner place = new StringJoiner(", ");
    place.add(workshop.getVenueName());
    if (workshop.getVenueAddress() != null && !workshop.getVenueAddress().isBlank()) {
      place.add(workshop.getVenueAddress());
    }
    place.add(workshop.getCity().getName());
    place.add(workshop.getCountry().name(locale));
    return place.toString();
  }
}

package org.capacita.scheduling.web;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.capacita.scheduling.application.CountryZones;
import org.capacita.scheduling.application.WorkshopInput;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.scheduling.domain.WorkshopStatus;

/** The scheduling form: every field as text, turned into a {@link WorkshopInput} on save. */
public class WorkshopForm implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private String moduleCode;
  private String title;
  private String project;
  private String venue;
  private String venueAddress;
  private String city;
  private String country = "CL";
  private String timeZone = "America/Santiago";
  private Integer capacity = 25;
  private String signUpMode = "OPEN";
  private String signUpDeadline;
  private final List<SessionRow> sessions = new ArrayList<>(List.of(new SessionRow()));
  private ArrayList<Long> trainerIds;
  private boolean draft;
  private boolean draftable = true;

  public static WorkshopForm of(Workshop workshop) {
    WorkshopForm form = new WorkshopForm();
    form.moduleCode = workshop.getModule().getCode();
    form.title = workshop.title().own();
    form.project = workshop.getProject();
    form.venue = workshop.getVenueName();
    form.venueAddress = workshop.getVenueAddress();
    form.city = workshop.getCity().getName();
    form.country = workshop.getCountry().getCode();
    form.timeZone = workshop.getTimeZone();
    form.capacity = workshop.seats().capacity();
    form.signUpMode = workshop.getSignUpMode().name();
    form.signUpDeadline =
        workshop.getSignUpDeadline() == null ? null : workshop.getSignUpDeadline().toString();
    form.draft = workshop.getStatus() == WorkshopStatus.DRAFT;
    form.draftable = form.draft;
    form.sessions.clear();
    workshop
        .getSessions()
        .forEach(
            s ->
                form.sessions.add(
                    new SessionRow(
                        s.getDate().toString(),
                        TIME.format(s.getStart()),
                        TIME.format(s.getEnd()))));
    return form;
  }

  /**
   * A new workshop like {@code source}, to repeat it elsewhere: module, title, project, trainers,
   * capacity, sign-up mode, country, time zone and session times are kept; the venue, city, sign-up
   * deadline and session dates are left for the trainer to enter.
   */
  public static WorkshopForm copyOf(Workshop source) {
    WorkshopForm form = of(source);
    form.venue = null;
    form.venueAddress = null;
    form.city = null;
    form.signUpDeadline = null;
    form.draft = false;
    form.draftable = true;
    form.sessions.forEach(s -> s.date = null);
    form.trainerIds = new ArrayList<>(source.getTrainerIds().stream().sorted().toList());
    return form;
  }

  public WorkshopInput toInput() {
    return new WorkshopInput(
        moduleCode,
        title,
        project,
        venue,
        venueAddress,
        city,
        country,
        timeZone,
        capacity,
        sessions.stream()
            .map(s -> new WorkshopInput.SessionInput(s.getDate(), s.getStart(), s.getEnd()))
            .toList(),
        trainerIds,
        signUpMode,
        signUpDeadline,
        draft ? "DRAFT" : "SCHEDULED");
  }

  /** Whether the workshop is kept a draft: saved, but nobody can sign up yet. */
  public boolean isDraft() {
    return draft;
  }

  public void setDraft(boolean draft) {
    this.draft = draft;
  }

  /** Whether the form offers to keep a draft: new workshops and drafts, not scheduled ones. */
  public boolean isDraftable() {
    return draftable;
  }

  /** A new country: its main time zone, unless the zone chosen is one of the country's. */
  public void countryChanged() {
    List<String> zones = CountryZones.of(country);
    if (!zones.isEmpty() && !zones.contains(timeZone)) {
      timeZone = zones.get(0);
    }
  }

  public void addSession() {
    sessions.add(new SessionRow());
  }

  public void removeSession(SessionRow row) {
    if (sessions.size() > 1) {
      sessions.remove(row);
    }
  }

  public List<SessionRow> getSessions() {
    return sessions;
  }

  /** One session row of the form. */
  public static class SessionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String date;
    private String start = "09:00";
    private String end = "13:00";

    public SessionRow() {}

    SessionRow(String date, String start, String end) {
      this.date = date;
      this.start = start;
      this.end = end;
    }

    public String getDate() {
      return date;
    }

    public void setDate(String date) {
      this.date = date;
    }

    public String getStart() {
      return start;
    }

    public void setStart(String start) {
      this.start = start;
    }

    public String getEnd() {
      return end;
    }

    public void setEnd(String end) {
      this.end = end;
    }
  }

  public String getModuleCode() {
    return moduleCode;
  }

  public void setModuleCode(String moduleCode) {
    this.moduleCode = moduleCode;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getProject() {
    return project;
  }

  public void setProject(String project) {
    this.project = project;
  }

  public String getVenue() {
    return venue;
  }

  public void setVenue(String venue) {
    this.venue = venue;
  }

  public String getVenueAddress() {
    return venueAddress;
  }

  public void setVenueAddress(String venueAddress) {
    this.venueAddress = venueAddress;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public String getSignUpMode() {
    return signUpMode;
  }

  public void setSignUpMode(String signUpMode) {
    this.signUpMode = signUpMode;
  }

  public String getSignUpDeadline() {
    return signUpDeadline;
  }

  public void setSignUpDeadline(String signUpDeadline) {
    this.signUpDeadline = signUpDeadline;
  }
}

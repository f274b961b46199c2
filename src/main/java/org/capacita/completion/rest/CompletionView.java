package org.capacita.completion.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.capacita.completion.domain.Completion;
import org.capacita.completion.domain.DeliveryFacts;
import org.capacita.completion.domain.ParticipantFacts;

/**
 * One completion as the API shows it, with the facts copied when it was recorded: module, dates,
 * venue (null online), project, trainers, and the participant as they were then.
 */
public record CompletionView(
    long id,
    long personId,
    String moduleCode,
    int moduleVersion,
    String title,
    String titleEn,
    String titleEs,
    String route,
    Long workshopId,
    String completedOn,
    BigDecimal hours,
    BigDecimal attendedHours,
    String firstDay,
    String lastDay,
    String venueCity,
    String venueRegion,
    String venueCountry,
    String project,
    List<String> trainers,
    String sex,
    String sector,
    Long institutionId,
    String institution,
    String workCity,
    String workRegion,
    String workCountry,
    Integer preScore,
    Integer postScore,
    String recordedAt) {

  static CompletionView of(Completion c, Locale locale) {
    DeliveryFacts d = c.getDelivery();
    ParticipantFacts p = c.getParticipant();
    return new CompletionView(
        c.getId(),
        c.getPersonId(),
        c.getModuleCode(),
        c.getModuleVersion(),
        c.title(locale),
        c.getTitleEn(),
        c.getTitleEs(),
        c.getRoute().name(),
        c.getWorkshopId(),
        c.getCompletedOn().toString(),
        c.getHours(),
        c.getAttendedHours(),
        d == null || d.getFirstDay() == null ? null : d.getFirstDay().toString(),
        d == null || d.getLastDay() == null ? null : d.getLastDay().toString(),
        d == null ? null : d.getVenueCity(),
        d == null ? null : d.getVenueRegion(),
        d == null ? null : d.getVenueCountry(),
        d == null ? null : d.getProject(),
        d == null ? List.of() : d.getTrainers(),
        p == null ? null : p.getSex(),
        p == null ? null : p.getSectorCode(),
        p == null ? null : p.getInstitutionId(),
        p == null ? null : p.getInstitutionName(),
        p == null ? null : p.getWorkCity(),
        p == null ? null : p.getWorkRegion(),
        p == null ? null : p.getWorkCountry(),
        c.scores().pre(),
        c.scores().post(),
        c.getRecordedAt().toString());
  }
}

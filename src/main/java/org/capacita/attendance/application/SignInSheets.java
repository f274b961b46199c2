package org.capacita.attendance.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.capacita.attendance.domain.CheckInCode;
import org.capacita.shared.security.Role;

/**
 * Sign-in sheets of sessions, for rooms without connectivity: who takes part in the workshop
 * (enrolled people and walk-ins), each with the code of the session's secret printed beside their
 * name ({@link CheckInCode#ofPerson}), for leads and the workshop's trainers (others: not found).
 */
@Stateless
@RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME})
public class SignInSheets {

  private static final Logger LOG = Logger.getLogger(SignInSheets.class.getName());

  @Inject private ManagedSessions sessions;
  @Inject private CheckInSecrets secrets;
  @Inject private SessionRoster roster;

  public byte[] pdf(long workshopId, int sessionNumber, Locale locale) {
    ManagedSession managed = sessions.get(workshopId, sessionNumber);
    List<SheetLine> lines = inOrderOf(lines(managed), locale);
    byte[] pdf = SignInSheet.pdf(SessionFacts.of(managed, locale), lines, locale);
    LOG.info(
        () ->
            "Sign-in sheet of session "
                + sessionNumber
                + " of workshop "
                + workshopId
                + ": "
                + lines.size()
                + " people, "
                + pdf.length
                + " bytes");
    return pdf;
  }

  /**
   * The lines in the alphabetical order of the sheet's language (Ñ after N in Spanish, accents
   * ignored first), whatever the database's collation: H2 put "Ñancupil" after "Zúñiga".
   */
  static List<SheetLine> inOrderOf(List<SheetLine> lines, Locale locale) {
    Collator collator = Collator.getInstance(locale);
    return lines.stream()
        .sorted(
            Comparator.comparing(SheetLine::familyNames, collator)
                .thenComparing(SheetLine::givenNames, collator)
                .thenComparingLong(SheetLine::personId))
        .toList();
  }

  /** The sheet's lines: every participant with their code, by family name. */
  public List<SheetLine> lines(ManagedSession managed) {
    CheckInCode codes = secrets.of(managed.workshopId(), managed.number()).codes();
    return roster.of(managed.workshop()).stream()
        .map(
            p ->
                new SheetLine(
                    p.personId(),
                    p.givenNames(),
                    p.familyNames(),
                    p.institution(),
                    codes.ofPerson(p.personId())))
        .toList();
  }
}

package org.capacita.attendance.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.capacita.attendance.application.PaperImportReport.Line;
import org.capacita.attendance.application.PaperImportReport.Outcome;
import org.capacita.attendance.domain.AttendanceChannel;
import org.capacita.attendance.domain.CheckInCode;
import org.capacita.people.domain.Names;
import org.capacita.people.importing.RowReader;
import org.capacita.people.importing.SourceRow;
import org.capacita.people.importing.UnreadableFileException;
import org.capacita.shared.security.Role;

/**
 * Marks present, all at once, the people a file of a marked sign-in sheet lists: a CSV or XLSX
 * (read by the people import's readers) with a {@code code} column (the sheet's codes) or a {@code
 * name} column (names as registered, in either order, accents and case ignored), or both. A preview
 * says row by row whom each row names or why it names nobody; a file with any such row stores
 * nothing, and the stored marks come through {@link Attendance#checkIn} with the channel {@link
 * AttendanceChannel#PAPER_IMPORT}, in one transaction.
 */
@Stateless
@RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME})
public class PaperImport {

  private static final Logger LOG = Logger.getLogger(PaperImport.class.getName());
  private static final Set<String> CODE_COLUMNS = Set.of("code", "codigo", "sheet code");
  private static final Set<String> NAME_COLUMNS = Set.of("name", "nombre", "full name");

  @Inject private ManagedSessions sessions;
  @Inject private SignInSheets sheets;
  @Inject private Attendance attendance;

  public PaperImportReport run(
      long workshopId, int sessionNumber, RowReader reader, boolean preview) throws IOException {
    ManagedSession managed = sessions.get(workshopId, sessionNumber);
    List<String> header = reader.header().stream().map(Names::fold).toList();
    int codeColumn = indexOf(header, CODE_COLUMNS);
    int nameColumn = indexOf(header, NAME_COLUMNS);
    if (codeColumn < 0 && nameColumn < 0) {
      throw new UnreadableFileException("attendance.paperImport.noColumns");
    }
    Map<String, List<SheetLine>> byCode = new HashMap<>();
    Map<String, List<SheetLine>> byName = new HashMap<>();
    for (SheetLine line : sheets.lines(managed)) {
      byCode.computeIfAbsent(line.code(), k -> new ArrayList<>()).add(line);
      for (String written :
          new HashSet<>(List.of(Names.fold(line.name()), Names.fold(line.listed())))) {
        byName.computeIfAbsent(written, k -> new ArrayList<>()).add(line);
      }
    }
    List<Line> lines = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (SourceRow row = reader.next(); row != null; row = reader.next()) {
      String code = codeColumn < 0 ? "" : CheckInCode.normalized(row.cell(codeColumn));
      String name = nameColumn < 0 ? "" : row.cell(nameColumn).strip();
      List<SheetLine> found =
          !code.isEmpty()
              ? byCode.getOrDefault(code, List.of())
              : byName.getOrDefault(Names.fold(name), List.of());
      Outcome outcome;
      if (code.isEmpty() && name.isEmpty()) {
        outcome = Outcome.EMPTY;
      } else if (found.isEmpty()) {
        outcome = code.isEmpty() ? Outcome.NOT_ON_ROSTER : Outcome.UNKNOWN_CODE;
      } else if (found.size() > 1) {
        outcome = Outcome.AMBIGUOUS;
      } else {
        outcome = seen.add(found.get(0).personId()) ? Outcome.MATCHED : Outcome.REPEATED;
      }
      SheetLine person = found.size() == 1 ? found.get(0) : null;
      lines.add(
          new Line(
              row.number(),
              code,
              name,
              person == null ? null : person.personId(),
              person == null ? null : person.name(),
              outcome));
    }
    boolean store = !preview && lines.stream().noneMatch(l -> l.outcome().isError());
    if (store) {
      for (Line line : lines) {
        if (line.outcome() == Outcome.MATCHED) {
          attendance.checkIn(
              workshopId, sessionNumber, line.personId(), AttendanceChannel.PAPER_IMPORT);
        }
      }
    }
    PaperImportReport report = new PaperImportReport(List.copyOf(lines), store);
    LOG.info(
        () ->
            "Paper import into session "
                + sessionNumber
                + " of workshop "
                + workshopId
                + ": "
                + report.matched()
                + " of "
                + report.rows()
                + " rows matched"
                + (store ? ", stored" : ", nothing stored"));
    return report;
  }

  private static int indexOf(List<String> header, Set<String> names) {
    for (int i = 0; i < header.size(); i++) {
      if (names.contains(header.get(i))) {
        return i;
      }
    }
    return -1;
  }
}

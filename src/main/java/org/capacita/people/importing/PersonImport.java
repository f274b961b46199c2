package org.capacita.people.importing;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.capacita.accounts.domain.Role;
import org.capacita.people.domain.Person;

/**
 * Imports persons from a CSV or XLSX file in one transaction, streaming its rows in chunks so that
 * memory stays bounded. Each row is new, matches a registered person (same national ID in the same
 * country, or same names and institution) or has errors. Importing the same file twice creates
 * nothing the second time.
 */
@Stateless
@RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME})
public class PersonImport {

  private static final Logger LOG = Logger.getLogger(PersonImport.class.getName());
  private static final int CHUNK = 2000;
  private static final int MAX_REPORTED_ERRORS = 1000;

  @Resource private SessionContext context;
  @PersistenceContext private EntityManager em;
  @Inject private ImportRowChecker checker;
  @Inject private PersonBatchWriter writer;

  public ImportReport run(RowReader reader, Locale locale, ImportMode mode) throws IOException {
    ImportColumns columns = ImportColumns.of(reader.header());
    ImportRowChecker.Session session = checker.start(locale);
    Set<String> seenInFile = new HashSet<>();
    List<RowError> errors = new ArrayList<>();
    long rows = 0;
    long created = 0;
    long matched = 0;
    List<CheckedRow> chunk = new ArrayList<>(CHUNK);
    for (SourceRow row = reader.next(); row != null; row = reader.next()) {
      rows++;
      chunk.add(session.check(row.number(), columns.input(row)));
      if (chunk.size() == CHUNK) {
        Outcome outcome = process(session, chunk, seenInFile, errors, mode);
        created += outcome.created();
        matched += outcome.matched();
        chunk.clear();
      }
    }
    Outcome last = process(session, chunk, seenInFile, errors, mode);
    created += last.created();
    matched += last.matched();
    boolean written =
        mode == ImportMode.VALID_ROWS || (mode == ImportMode.ALL_OR_NOTHING && errors.isEmpty());
    if (!written) {
      context.setRollbackOnly();
    }
    long total = rows;
    LOG.info(
        () ->
            "Import ("
                + mode
                + ") of "
                + total
                + " rows: "
                + (written ? "stored" : "nothing stored"));
    List<RowError> reported =
        errors.size() > MAX_REPORTED_ERRORS ? errors.subList(0, MAX_REPORTED_ERRORS) : errors;
    return new ImportReport(rows, created, matched, List.copyOf(reported), written);
  }

  private Outcome process(
      ImportRowChecker.Session session,
      List<CheckedRow> chunk,
      Set<String> seenInFile,
      List<RowError> errors,
      ImportMode mode) {
    session.matchExisting(chunk);
    List<Person> fresh = new ArrayList<>();
    long matched = 0;
    Instant now = Instant.now();
    for (CheckedRow row : chunk) {
      if (!row.errors().isEmpty()) {
        errors.addAll(row.errors());
      } else if (row.isExisting() || !firstInFile(row, seenInFile)) {
        matched++;
      } else if (row.nationalIdKey() != null && !seenInFile.add("id:" + row.nationalIdKey())) {
        errors.add(session.duplicateInFile(row));
      } else if (mode != ImportMode.CHECK) {
        fresh.add(session.person(row, now));
      } else {
        fresh.add(null);
      }
    }
    if (mode != ImportMode.CHECK) {
      em.flush();
      try {
        writer.insert(fresh);
      } catch (SQLException e) {
        throw new IllegalStateException("Import failed while storing persons", e);
      }
    }
    return new Outcome(fresh.size(), matched);
  }

  /**
   * Whether this is the first row of the file for its person: the same national ID with the same
   * names (a repeated row), or, without an ID, the same names and institution.
   */
  private static boolean firstInFile(CheckedRow row, Set<String> seenInFile) {
    String key =
        row.nationalIdKey() == null
            ? "who:" + row.identity()
            : "row:" + row.nationalIdKey() + "|" + row.identity();
    return seenInFile.add(key);
  }

  private record Outcome(long created, long matched) {}
}

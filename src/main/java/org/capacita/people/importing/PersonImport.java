package org.capacita.people.importing;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.capacita.people.application.PersonsImported;
import org.capacita.people.domain.Person;
import org.capacita.people.domain.PersonDetails;
import org.capacita.shared.security.Role;

/**
 * Imports persons from a CSV or XLSX file in one transaction, streaming its rows in chunks so that
 * memory stays bounded. Each row is new, matches a registered person (same national ID in the same
 * country, or same names and institution) or has errors. Importing the same file twice creates
 * nothing the second time. A matched row's new e-mail or position is reported as an offered update
 * and applied only when asked for.
 *
 * <p>While one chunk is stored, the next one is checked on another thread and matched there against
 * the registry as committed: checking is computation on the row's own values, matching is a read on
 * its own connection, and storing mostly waits for the database.
 */
@Stateless
@RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME})
public class PersonImport {

  private static final Logger LOG = Logger.getLogger(PersonImport.class.getName());
  private static final int CHUNK = 2000;
  private static final int MAX_REPORTED_ERRORS = 1000;

  @Resource private SessionContext context;
  @Resource private ManagedExecutorService executor;
  @PersistenceContext private EntityManager em;
  @Inject private ImportRowChecker checker;
  @Inject private PersonBatchWriter writer;
  @Inject private Event<PersonsImported> imported;

  public ImportReport run(RowReader reader, Locale locale, ImportMode mode) throws IOException {
    return run(reader, locale, mode, ImportProgress.NONE);
  }

  public ImportReport run(RowReader reader, Locale locale, ImportMode mode, ImportProgress progress)
      throws IOException {
    return run(reader, locale, mode, progress, outcome -> {});
  }

  /**
   * Runs the import and tells {@code outcomes} what each row came to, in file order, with the
   * person's id for registered rows and (unless only checking) for new ones.
   */
  public ImportReport run(
      RowReader reader,
      Locale locale,
      ImportMode mode,
      ImportProgress progress,
      Consumer<RowOutcome> outcomes)
      throws IOException {
    return run(reader, locale, mode, progress, outcomes, false);
  }

  /**
   * The same; with {@code updateExisting}, the registered persons of matched rows also get the
   * e-mail and position the row gives where their record has none or another (see {@link
   * ExistingMatch}).
   */
  public ImportReport run(
      RowReader reader,
      Locale locale,
      ImportMode mode,
      ImportProgress progress,
      Consumer<RowOutcome> outcomes,
      boolean updateExisting)
      throws IOException {
    ImportColumns columns = ImportColumns.of(reader.header());
    ImportRowChecker.Session session = checker.start(locale);
    Tally tally = new Tally();
    Future<List<CheckedRow>> checking = null;
    while (true) {
      List<SourceRow> rows = read(reader);
      Future<List<CheckedRow>> next =
          rows.isEmpty() ? null : executor.submit(() -> session.checkAll(rows, columns));
      if (checking != null) {
        process(session, await(checking), tally, mode, outcomes, updateExisting);
        progress.rowsDone(tally.rows);
      }
      if (next == null) {
        break;
      }
      checking = next;
    }
    boolean written =
        mode == ImportMode.VALID_ROWS
            || (mode == ImportMode.ALL_OR_NOTHING && tally.errors.isEmpty());
    if (!written) {
      context.setRollbackOnly();
    } else if (tally.created > 0) {
      imported.fire(new PersonsImported(tally.created));
    }
    LOG.info(
        () ->
            "Import ("
                + mode
                + ") of "
                + tally.rows
                + " rows: "
                + (written ? "stored" : "nothing stored"));
    List<RowError> reported =
        tally.errors.size() > MAX_REPORTED_ERRORS
            ? tally.errors.subList(0, MAX_REPORTED_ERRORS)
            : tally.errors;
    return new ImportReport(
        tally.rows,
        tally.created,
        tally.matched,
        List.copyOf(reported),
        written,
        List.copyOf(tally.matches),
        tally.offered,
        written ? tally.updated : 0);
  }

  private static List<SourceRow> read(RowReader reader) throws IOException {
    List<SourceRow> rows = new ArrayList<>(CHUNK);
    for (SourceRow row = reader.next(); row != null; row = reader.next()) {
      rows.add(row);
      if (rows.size() == CHUNK) {
        break;
      }
    }
    return rows;
  }

  private static List<CheckedRow> await(Future<List<CheckedRow>> checking) {
    try {
      return checking.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Import interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException("Import failed while checking rows", e.getCause());
    }
  }

  private void process(
      ImportRowChecker.Session session,
      List<CheckedRow> chunk,
      Tally tally,
      ImportMode mode,
      Consumer<RowOutcome> outcomes,
      boolean updateExisting) {
    List<Person> fresh = new ArrayList<>();
    List<RowOutcome> told = new ArrayList<>(chunk.size());
    List<Integer> freshAt = new ArrayList<>();
    Instant now = Instant.now();
    for (CheckedRow row : chunk) {
      tally.rows++;
      RowOutcome.Kind kind;
      if (!row.errors().isEmpty()) {
        tally.errors.addAll(row.errors());
        kind = RowOutcome.Kind.ERROR;
      } else if (row.isExisting() || !tally.firstInFile(row)) {
        tally.matched++;
        kind = row.isExisting() ? RowOutcome.Kind.EXISTING : RowOutcome.Kind.REPEATED;
        if (row.isExisting()) {
          tally.existing(row.match(), updateExisting && mode != ImportMode.CHECK ? em : null);
        }
      } else if (row.nationalIdKey() != null && !tally.seen.add(key("id", row.nationalIdKey()))) {
        tally.errors.add(session.duplicateInFile(row));
        kind = RowOutcome.Kind.ERROR;
      } else {
        tally.created++;
        kind = RowOutcome.Kind.NEW;
        if (mode != ImportMode.CHECK) {
          fresh.add(session.person(row, now));
          freshAt.add(told.size());
        }
      }
      told.add(new RowOutcome(row.number(), row.name(), row.existingId(), kind));
    }
    if (mode != ImportMode.CHECK) {
      em.flush();
      try {
        long first = writer.insert(fresh);
        for (int i = 0; i < freshAt.size(); i++) {
          RowOutcome made = told.get(freshAt.get(i));
          told.set(
              freshAt.get(i),
              new RowOutcome(made.row(), made.name(), first + i, RowOutcome.Kind.NEW));
        }
      } catch (SQLException e) {
        throw new IllegalStateException("Import failed while storing persons", e);
      }
    }
    told.forEach(outcomes);
  }

  /**
   * A 64-bit FNV-1a hash of a kind and a text, for telling rows of a file apart in a few bytes: two
   * different rows share one with a chance of about 1 in 10^7 in a million-row file.
   */
  private static long key(String kind, String text) {
    long hash = 0xcbf29ce484222325L;
    String value = kind + ":" + text;
    for (int i = 0; i < value.length(); i++) {
      hash ^= value.charAt(i);
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  /** What the rows so far came to, and the persons the file named already. */
  private static final class Tally {
    /** 64-bit keys of what the file named so far: a few bytes a row, whatever the row holds. */
    private final Set<Long> seen = new HashSet<>();

    private final List<RowError> errors = new ArrayList<>();
    private final List<ExistingMatch> matches = new ArrayList<>();
    private long rows;
    private long created;
    private long matched;
    private long offered;
    private long updated;

    /** Notes a row of a registered person; with {@code em}, applies what it offers. */
    private void existing(ExistingMatch match, EntityManager em) {
      if (matches.size() < MAX_REPORTED_ERRORS) {
        matches.add(match);
      }
      if (!match.offersUpdate()) {
        return;
      }
      offered++;
      Person person = em == null ? null : em.find(Person.class, match.personId());
      if (person != null) {
        PersonDetails known = person.details();
        person.update(
            new PersonDetails(
                known.givenNames(),
                known.familyNames(),
                known.sex(),
                match.email() == null ? known.email() : match.email(),
                known.phone(),
                known.nationalId(),
                match.position() == null ? known.position() : match.position()),
            person.workplace());
        updated++;
      }
    }

    /**
     * Whether this is the first row of the file for its person: the same national ID with the same
     * names (a repeated row), or, without an ID, the same names and institution.
     */
    private boolean firstInFile(CheckedRow row) {
      return seen.add(
          row.nationalIdKey() == null
              ? key("who", row.identity())
              : key("row", row.nationalIdKey() + "|" + row.identity()));
    }
  }
}

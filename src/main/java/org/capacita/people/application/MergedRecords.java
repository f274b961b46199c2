package org.capacita.people.application;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.capacita.people.domain.PersonMerge;

/**
 * How a feature moves its records of a person with a merge and back with its undo: it names the
 * kind of record, the query of the duplicate's records that may move (parameters {@code ?1} the
 * duplicate, {@code ?2} the survivor), and how one record changes person. Each record moved is
 * noted on the merge as {@code kind:id}, so that the undo moves back exactly those.
 */
public final class MergedRecords {

  /** Gives the record {@code id} to the person {@code personId}. */
  @FunctionalInterface
  public interface Move {
    void to(long id, long personId);
  }

  private final EntityManager em;
  private final String kind;
  private final String movableQuery;
  private final Move move;

  public MergedRecords(EntityManager em, String kind, String movableQuery, Move move) {
    this.em = em;
    this.kind = kind;
    this.movableQuery = movableQuery;
    this.move = move;
  }

  /** Moves the duplicate's movable records to the survivor and notes them on the merge. */
  public void merged(PersonMerge merge) {
    em.flush();
    @SuppressWarnings("unchecked")
    List<Number> movable =
        em.createNativeQuery(movableQuery)
            .setParameter(1, merge.getDuplicate().getId())
            .setParameter(2, merge.getSurvivor().getId())
            .getResultList();
    for (Number id : movable) {
      move.to(id.longValue(), merge.getSurvivor().getId());
      merge.moved(kind, id.longValue());
    }
  }

  /** Moves back to the duplicate the records this merge noted. */
  public void undone(PersonMerge merge) {
    em.flush();
    String prefix = kind + ":";
    for (String moved : merge.movedRecords()) {
      if (moved.startsWith(prefix)) {
        move.to(Long.parseLong(moved.substring(prefix.length())), merge.getDuplicate().getId());
      }
    }
  }
}

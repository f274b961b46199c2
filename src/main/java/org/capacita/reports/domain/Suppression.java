package org.capacita.reports.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small-cell suppression of one column of counts: a count from 1 to {@code k - 1} is hidden
 * (primary), and then, until nothing changes, every group of cells that add up to a published
 * margin and holds exactly one hidden cell hides its smallest other cell too (complementary), so
 * that no hidden count is the margin minus the visible ones. The groups are the cells that share
 * all dimension values but one: in a one-dimension table the whole column (its margin is the total;
 * with no other cell, the total is hidden); in a two-dimension table each row and each column. A
 * total below {@code k} is hidden too.
 */
public final class Suppression {

  private Suppression() {}

  /** Which cells are hidden; {@code total} says whether the total is. */
  public record Hidden(boolean[] cells, boolean total) {

    public boolean cell(int index) {
      return cells[index];
    }
  }

  /**
   * Hides the cells of a column: {@code keys.get(i)} is cell i's dimension values (all of one
   * length), {@code counts.get(i)} its count; {@code total} the column's total.
   */
  public static Hidden of(List<List<String>> keys, List<Long> counts, long total, int k) {
    int n = counts.size();
    boolean[] hidden = new boolean[n];
    for (int i = 0; i < n; i++) {
      hidden[i] = below(counts.get(i), k);
    }
    boolean totalHidden = below(total, k);
    int dimensions = n == 0 ? 0 : keys.get(0).size();
    List<List<Integer>> groups = new ArrayList<>();
    for (int d = 0; d < dimensions; d++) {
      groups.addAll(groupsWithout(keys, d));
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (List<Integer> group : groups) {
        long hiddenInGroup = group.stream().filter(i -> hidden[i]).count();
        if (hiddenInGroup != 1) {
          continue;
        }
        int partner = smallestVisible(group, counts, hidden);
        if (partner >= 0) {
          hidden[partner] = true;
          changed = true;
        } else if (dimensions == 1 && !totalHidden) {
          totalHidden = true;
          changed = true;
        }
      }
    }
    return new Hidden(hidden, totalHidden);
  }

  private static boolean below(long count, int k) {
    return count > 0 && count < k;
  }

  /** The cells grouped by their values in every dimension but {@code d}. */
  private static List<List<Integer>> groupsWithout(List<List<String>> keys, int d) {
    Map<List<String>, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      List<String> rest = new ArrayList<>(keys.get(i));
      rest.remove(d);
      groups.computeIfAbsent(rest, r -> new ArrayList<>()).add(i);
    }
    return new ArrayList<>(groups.values());
  }

  /** The smallest visible non-zero cell of the group (else a visible zero); -1 if none. */
  private static int smallestVisible(List<Integer> group, List<Long> counts, boolean[] hidden) {
    int best = -1;
    for (int i : group) {
      if (hidden[i]) {
        continue;
      }
      if (best < 0 || rank(counts.get(i)) < rank(counts.get(best))) {
        best = i;
      }
    }
    return best;
  }

  private static long rank(long count) {
    return count == 0 ? Long.MAX_VALUE : count;
  }
}

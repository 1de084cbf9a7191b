package io.attnlift.extract;

import io.attnlift.common.StageException;
import java.util.Map;
import java.util.TreeMap;

/** Unusable rows, counted by reason; the stage fails when their share passes the threshold. */
public final class Rejects {
  private final Map<String, Long> byReason = new TreeMap<>();

  public void add(String reason, long n) {
    if (n > 0) {
      byReason.merge(reason, n, Long::sum);
    }
  }

  public long total() {
    return byReason.values().stream().mapToLong(Long::longValue).sum();
  }

  public Map<String, Long> byReason() {
    return Map.copyOf(byReason);
  }

  /** Fails (exit 2) when more than {@code maxShare} of {@code rows} were rejected. */
  public void check(long rows, double maxShare, String where) {
    double share = rows == 0 ? 0 : (double) total() / rows;
    if (share > maxShare) {
      throw StageException.badInput(
          "%s: %d of %d rows (%.2f%%) are unusable, more than the allowed %.2f%% (by reason: %s);"
              + " fix the table or raise max-rejected-share",
          where, total(), rows, 100 * share, 100 * maxShare, byReason);
    }
  }
}

package io.attnlift.preprocess;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;

/**
 * The pipeline's counters, read back by the job into each variant's manifest. Names are
 * {@code <what>} for the shared steps and {@code <variant>/<what>} per variant.
 */
public final class Stats {
  /** The metrics namespace of every counter of this stage. */
  public static final String NAMESPACE = "attnlift.preprocess";

  public static final String EVENTS_READ = "events_read";
  public static final String SESSIONS_IN = "sessions_in";
  public static final String DUPLICATES = "duplicates_removed";
  public static final String USER_CONFLICTS = "sessions_with_several_users";
  public static final String TIES = "tied_timestamps";
  /** Per variant: sessions the variant's filter left without events. */
  public static final String DROPPED_EMPTY = "dropped/empty_after_filter";
  /** Per variant: sessions cut to the maximum length. */
  public static final String TRUNCATED = "truncated";

  private Stats() {}

  public static Counter counter(String name) {
    return Metrics.counter(NAMESPACE, name);
  }

  /** A per-variant counter, e.g. {@code no-funnel/train/sessions}. */
  public static Counter counter(String variant, String name) {
    return Metrics.counter(NAMESPACE, variant + "/" + name);
  }

  /** The histogram bucket of a length: 1, 2, 3-4, 5-8, 9-16, ... (powers of two). */
  public static String lengthBucket(int length) {
    if (length <= 2) {
      return String.valueOf(length);
    }
    int upper = Integer.highestOneBit(length - 1) << 1;
    return (upper / 2 + 1) + "-" + upper;
  }
}

package io.attnlift.common.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The preprocess stage's manifest stats for one variant: what the pipeline read, dropped and
 * wrote per split. Read by the report.
 *
 * @param eventsRead events read from extract
 * @param sessionsIn sessions formed from them
 * @param duplicatesRemoved exact duplicate events removed
 * @param tiedTimestamps events sharing a timestamp with another of their session
 * @param sessions sessions written by this variant over all splits
 * @param splits per split, what was written
 * @param maxLength the most events per sequence
 * @param truncated sessions cut to the maximum length
 * @param lengthHistogram sessions per length bucket, in length order
 * @param drops sessions dropped, by reason
 * @param variantFilter what this variant's filter removes, in words
 * @param vocabularySizes indices per categorical feature, padding and OOV included
 */
public record PreprocessStats(
    long eventsRead,
    long sessionsIn,
    long duplicatesRemoved,
    long tiedTimestamps,
    long sessions,
    Splits splits,
    int maxLength,
    long truncated,
    List<LengthBucket> lengthHistogram,
    Drops drops,
    String variantFilter,
    Map<String, Integer> vocabularySizes) {

  public static final JsonContract<PreprocessStats> CONTRACT =
      JsonContract.of("preprocess_stats", null, PreprocessStats.class, 1);

  /** The three splits. */
  public record Splits(Split train, Split val, Split test) {
    /** The splits in order, by name. */
    public Map<String, Split> byName() {
      Map<String, Split> m = new LinkedHashMap<>();
      m.put("train", train);
      m.put("val", val);
      m.put("test", test);
      return m;
    }
  }

  /**
   * One split.
   *
   * @param sessions sessions written
   * @param converted of which converted
   * @param conversionRate converted / sessions (0 when empty)
   * @param events events in those sessions
   */
  public record Split(long sessions, long converted, double conversionRate, long events) {}

  /**
   * Sessions of a length range.
   *
   * @param lengths e.g. {@code 5-8}
   * @param sessions sessions with a length in the range
   */
  public record LengthBucket(String lengths, long sessions) {}

  /**
   * Sessions dropped.
   *
   * @param emptyAfterFilter left without events by the variant's filter
   * @param severalUsers their session id appears under several user ids
   */
  public record Drops(long emptyAfterFilter, long severalUsers) {
    /** By reason, as the report lists them. */
    public Map<String, Long> byReason() {
      Map<String, Long> m = new LinkedHashMap<>();
      m.put("empty_after_filter", emptyAfterFilter);
      m.put("several_users", severalUsers);
      return m;
    }
  }
}

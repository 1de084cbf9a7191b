package io.attnlift.preprocess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/** The manifest stats of one variant, from the pipeline's counters. */
final class VariantStats {
  private VariantStats() {}

  /** Sessions kept by a variant over all splits. */
  static long sessions(PipelineCounters c, String variant) {
    long n = 0;
    for (String split : WriteSequenceShards.SPLITS) {
      n += c.get(variant, split + "/sessions");
    }
    return n;
  }

  /** The stats map for {@code manifest.json}. */
  static Map<String, Object> of(
      PipelineCounters c, String variant, String filter, int maxLength) {
    Map<String, Object> stats = new LinkedHashMap<>();
    stats.put("events_read", c.get(Stats.EVENTS_READ));
    stats.put("sessions_in", c.get(Stats.SESSIONS_IN));
    stats.put("duplicates_removed", c.get(Stats.DUPLICATES));
    stats.put("tied_timestamps", c.get(Stats.TIES));
    stats.put("sessions", sessions(c, variant));
    Map<String, Object> splits = new LinkedHashMap<>();
    for (String split : WriteSequenceShards.SPLITS) {
      long n = c.get(variant, split + "/sessions");
      long converted = c.get(variant, split + "/converted");
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("sessions", n);
      s.put("converted", converted);
      s.put("conversion_rate", n == 0 ? 0.0 : (double) converted / n);
      s.put("events", c.get(variant, split + "/events"));
      splits.put(split, s);
    }
    stats.put("splits", splits);
    stats.put("max_length", maxLength);
    stats.put("truncated", c.get(variant, Stats.TRUNCATED));
    stats.put("length_histogram", histogram(c.withPrefix(variant, "length/")));
    Map<String, Object> drops = new LinkedHashMap<>();
    drops.put("empty_after_filter", c.get(variant, Stats.DROPPED_EMPTY));
    drops.put("several_users", c.get(Stats.USER_CONFLICTS));
    stats.put("drops", drops);
    stats.put("variant_filter", filter);
    return stats;
  }

  /** Buckets in length order, as a list (JSON maps are written with sorted keys). */
  private static List<Map<String, Object>> histogram(Map<String, Long> buckets) {
    List<Map<String, Object>> out = new ArrayList<>();
    buckets.entrySet().stream()
        .sorted(Comparator.comparingInt(e -> Integer.parseInt(e.getKey().split("-")[0])))
        .forEach(e -> out.add(Map.of("lengths", e.getKey(), "sessions", e.getValue())));
    return out;
  }
}

package io.attnlift.preprocess;

import io.attnlift.common.json.PreprocessStats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

  /** The stats for {@code manifest.json}. */
  static PreprocessStats of(PipelineCounters c, String variant, String filter, int maxLength,
      Map<String, Integer> vocabularySizes) {
    return new PreprocessStats(c.get(Stats.EVENTS_READ), c.get(Stats.SESSIONS_IN),
        c.get(Stats.DUPLICATES), c.get(Stats.TIES), sessions(c, variant),
        new PreprocessStats.Splits(split(c, variant, "train"), split(c, variant, "val"),
            split(c, variant, "test")),
        maxLength, c.get(variant, Stats.TRUNCATED),
        histogram(c.withPrefix(variant, "length/")),
        new PreprocessStats.Drops(c.get(variant, Stats.DROPPED_EMPTY),
            c.get(Stats.USER_CONFLICTS)),
        filter, vocabularySizes);
  }

  private static PreprocessStats.Split split(PipelineCounters c, String variant, String split) {
    long n = c.get(variant, split + "/sessions");
    long converted = c.get(variant, split + "/converted");
    return new PreprocessStats.Split(n, converted, n == 0 ? 0.0 : (double) converted / n,
        c.get(variant, split + "/events"));
  }

  /** Buckets in length order. */
  private static List<PreprocessStats.LengthBucket> histogram(Map<String, Long> buckets) {
    List<PreprocessStats.LengthBucket> out = new ArrayList<>();
    buckets.entrySet().stream()
        .sorted(Comparator.comparingInt(e -> Integer.parseInt(e.getKey().split("-")[0])))
        .forEach(e -> out.add(new PreprocessStats.LengthBucket(e.getKey(), e.getValue())));
    return out;
  }
}

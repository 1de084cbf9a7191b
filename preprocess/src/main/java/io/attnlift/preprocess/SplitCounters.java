package io.attnlift.preprocess;

import io.attnlift.common.Variant;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;

/** Counts the sequences written per variant and split: sessions, conversions, events, lengths. */
final class SplitCounters implements Serializable {
  private static final long serialVersionUID = 1L;
  private final List<String> variants;
  private transient Map<String, Counter> counters;

  SplitCounters(List<Variant> variants) {
    this.variants = variants.stream().map(Variant::id).toList();
  }

  /** Counts a sequence of variant number {@code v}. */
  void count(int v, Sequence s) {
    String variant = variants.get(v);
    String prefix = s.split() + "/";
    counter(variant, prefix + "sessions").inc();
    counter(variant, prefix + "events").inc(s.length());
    if (s.label() == 1) {
      counter(variant, prefix + "converted").inc();
    }
    counter(variant, "length/" + Stats.lengthBucket(s.length())).inc();
  }

  private Counter counter(String variant, String name) {
    if (counters == null) {
      counters = new HashMap<>();
    }
    return counters.computeIfAbsent(variant + "/" + name, k -> Stats.counter(variant, name));
  }
}

package io.attnlift.preprocess;

import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;

/** The stage's counters of a finished pipeline, summed over steps, by name. */
public final class PipelineCounters {
  private final Map<String, Long> values;

  public PipelineCounters(Map<String, Long> values) {
    this.values = Map.copyOf(values);
  }

  /** Reads the attempted values (the only ones every runner reports) of {@link Stats}' counters. */
  public static PipelineCounters of(PipelineResult result) {
    MetricQueryResults q =
        result
            .metrics()
            .queryMetrics(
                MetricsFilter.builder()
                    .addNameFilter(MetricNameFilter.inNamespace(Stats.NAMESPACE))
                    .build());
    Map<String, Long> values = new HashMap<>();
    for (MetricResult<Long> c : q.getCounters()) {
      values.merge(c.getName().getName(), c.getAttempted(), Long::sum);
    }
    return new PipelineCounters(values);
  }

  public long get(String name) {
    return values.getOrDefault(name, 0L);
  }

  /** A per-variant counter. */
  public long get(String variant, String name) {
    return get(variant + "/" + name);
  }

  /** The per-variant counters whose names start with {@code prefix}, keyed by the rest. */
  public Map<String, Long> withPrefix(String variant, String prefix) {
    String full = variant + "/" + prefix;
    Map<String, Long> out = new HashMap<>();
    values.forEach(
        (k, v) -> {
          if (k.startsWith(full)) {
            out.put(k.substring(full.length()), v);
          }
        });
    return out;
  }
}

package io.attnlift.report;

import io.attnlift.common.Manifest;
import io.attnlift.common.Manifests;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.Variant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the report reads from {@code runs/<id>/preprocess/<variant>/}: the manifest's data-quality
 * stats. Every key is optional; a fact the stage did not record shows as n/a.
 *
 * @param splits per split (train, val, test): sessions, converted, conversion_rate
 * @param truncated sessions truncated to the maximum length (NaN when not recorded)
 * @param duplicates duplicate events removed (NaN when not recorded)
 * @param dropped sessions or rows dropped by reason
 */
public record PreprocessInput(
    Map<String, Map<String, Double>> splits,
    double truncated,
    double duplicates,
    Map<String, Double> dropped) {

  private static final List<String> SPLITS = List.of("train", "val", "test");

  /** Reads and checks the preprocess output of one variant. */
  public static PreprocessInput read(RunLayout layout, Variant variant) {
    Manifest m = Manifests.require(layout.stageDir(Stage.PREPROCESS, variant), Stage.PREPROCESS);
    Stats s = new Stats(m.stats());
    Map<String, Map<String, Double>> splits = new LinkedHashMap<>();
    for (String split : SPLITS) {
      Stats one = s.child("splits." + split, split);
      Map<String, Double> v = new LinkedHashMap<>();
      v.put("sessions", one.number("sessions"));
      v.put("converted", one.number("converted"));
      v.put("conversion_rate", one.number("conversion_rate"));
      splits.put(split, v);
    }
    return new PreprocessInput(
        splits,
        s.number("truncated", "sessions_truncated", "truncated_sessions"),
        s.number("duplicates_removed", "duplicates", "duplicate_events_removed"),
        s.counts("dropped", "drops", "dropped_by_reason"));
  }
}

package io.attnlift.report;

import io.attnlift.common.Contract;
import io.attnlift.common.Manifest;
import io.attnlift.common.Manifests;
import io.attnlift.common.Method;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.Records;
import io.attnlift.common.Stage;
import io.attnlift.common.Variant;
import io.attnlift.common.json.AttributeStats;
import io.attnlift.common.json.AuditJson;
import io.attnlift.common.json.BaselinesJson;
import io.attnlift.common.json.GroundTruthCheckJson;
import io.attnlift.common.json.InsightsJson;
import io.attnlift.common.json.RecommendationJson;
import io.attnlift.common.stats.Auc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;

/**
 * Writes a fixture run's attribute output for one variant through the stage's contracts: each
 * table as its Parquet dataset (what the report reads) and as a CSV download (what it copies),
 * the JSON files through their records, and the manifest.
 */
final class FixtureAttribute {
  private final String runId;
  private final boolean previous;

  FixtureAttribute(String runId, boolean previous) {
    this.runId = runId;
    this.previous = previous;
  }

  void write(Path dir, Variant v, Manifest train, Path trainDir, AuditJson audit)
      throws IOException {
    Files.createDirectories(dir);
    Manifests.Builder m = new Manifests.Builder(Stage.ATTRIBUTE, v, runId).input(train, trainDir);
    List<GenericRecord> events = new ArrayList<>();
    for (Object[] e : FixtureRun.EVENTS) {
      if (previous && e[0].equals("search_submit")) {
        events.add(lift(Contract.EVENT_LIFT, "legacy_banner_click", "click", 0.0200));
        continue;
      }
      double shift = previous && e[0].equals("m_card_click") ? -0.003 : 0;
      events.add(lift(Contract.EVENT_LIFT, (String) e[0], (String) e[1], (double) e[2] + shift));
    }
    table(dir, m, "event_lift", Contract.EVENT_LIFT, events);
    List<GenericRecord> types = new ArrayList<>();
    Object[][] typeRows = {{"page_load", 0.0101, 0.12}, {"click", 0.0072, 0.08},
      {"impression", -0.0030, 0.01}};
    for (Object[] t : typeRows) {
      GenericRecord r = lift(Contract.EVENT_TYPE_LIFT, (String) t[0], null, (double) t[1]);
      r.put("markov_removal_effect", t[2]);
      types.add(r);
    }
    table(dir, m, "event_type_lift", Contract.EVENT_TYPE_LIFT, types);
    table(dir, m, "discovery_feature_lift", Contract.GROUP_LIFT, groups("Core Search", 0.0090,
        "Home Feed", 0.0011, "NO_FEATURE", -0.0025));
    table(dir, m, "tag_lift", Contract.GROUP_LIFT, groups("Pizza", 0.0050, "Sushi", -0.0010));
    table(dir, m, "category_lift", Contract.GROUP_LIFT,
        groups("Italian", 0.0040, "Japanese", -0.0015));
    table(dir, m, "store_attribution", Contract.STORE_ATTRIBUTION, List.of(
        store("s1", FixtureRun.SCRIPT_STORE, "all", 0.0150),
        store("s2", FixtureRun.QUOTED_STORE, "all", 0.0061),
        store("s3", "Sushi Zen", "all", -0.0042),
        store("s4", "Café Ünïcode", "all", -0.0093),
        store("s1", FixtureRun.SCRIPT_STORE, "engagement", 0.0300)));
    table(dir, m, "position", Contract.POSITION_ATTENTION, positions());
    table(dir, m, "nv_position", Contract.NV_POSITION, List.of(
        nv("early", 8, 4, 0.5, 0.061, 0.043, 0.018, 0.006, 0.030),
        nv("late", 6, 1, 0.1667, 0.032, 0.038, -0.006, -0.015, 0.003)));
    table(dir, m, "method_agreement", Contract.METHOD_AGREEMENT, List.of(
        agreement("attention", "rollout", 0.91), agreement("attention", "gradient", 0.62),
        agreement("attention", "occlusion", 0.55), agreement("rollout", "occlusion", 0.48)));
    table(dir, m, "removal_effects", Contract.REMOVAL_EFFECTS, removals(audit));
    json(dir, m);
    m.json(dir, AuditJson.CONTRACT, audit);
    m.stats(AttributeStats.CONTRACT, new AttributeStats(20, 6, 345, Method.OCCLUSION, 1, 4, 1,
        0.81, "none", Map.of("occlusion", 0.83))).writeTo(dir);
  }

  /** A lift row whose other methods are fixed multiples of the attention lift {@code att}. */
  static GenericRecord lift(Contract c, String key, String type, double att) {
    double rec = 2 * att;
    Map<String, Object> f = new LinkedHashMap<>();
    f.put(c == Contract.EVENT_LIFT ? "event" : "value", key);
    if (type != null) {
      f.put("event_type", type);
    }
    f.put("n_converted", 120L);
    f.put("n_not_converted", 340L);
    f.put("sessions_with", 90L);
    Object[] values = {"conversion_rate_with", 0.30 + 5 * att, "conversion_rate_without", 0.25,
      "data_lift", 1.2 + 10 * att, "attention_converted", 0.05 + att,
      "attention_not_converted", 0.05, "attention_lift", att, "ci_low", att - 0.003,
      "ci_high", att + 0.003, "length_adjusted_lift", att, "length_adjusted_ci_low",
      att - 0.004, "length_adjusted_ci_high", att + 0.004, "rollout_lift", 0.8 * att,
      "rollout_ci_low", 0.8 * att - 0.003, "rollout_ci_high", 0.8 * att + 0.003,
      "gradient_lift", 1.5 * att, "gradient_ci_low", 1.5 * att - 0.005, "gradient_ci_high",
      1.5 * att + 0.005, "occlusion_lift", rec, "occlusion_ci_low", rec - 0.006,
      "occlusion_ci_high", rec + 0.006, "logreg_coef", 20 * att, "logreg_ci_low",
      20 * att - 0.05, "logreg_ci_high", 20 * att + 0.05, "last_touch_share", 0.1,
      "recommended_lift", rec, "recommended_ci_low", rec - 0.006, "recommended_ci_high",
      rec + 0.006};
    for (int i = 0; i < values.length; i += 2) {
      f.put((String) values[i], values[i + 1]);
    }
    return Records.row(c, f);
  }

  private static List<GenericRecord> groups(Object... keysAndLifts) {
    List<GenericRecord> out = new ArrayList<>();
    for (int i = 0; i < keysAndLifts.length; i += 2) {
      out.add(lift(Contract.GROUP_LIFT, (String) keysAndLifts[i], null,
          (double) keysAndLifts[i + 1]));
    }
    return out;
  }

  static GenericRecord store(String id, String name, String scope, double lift) {
    return Records.row(Contract.STORE_ATTRIBUTION, Map.ofEntries(Map.entry("store_id", id),
        Map.entry("store_name", name), Map.entry("primary_tag_name", "Pizza"),
        Map.entry("primary_category_name", "Italian"), Map.entry("scope", scope),
        Map.entry("n", 40L), Map.entry("n_converted", 12L), Map.entry("attention_share", 0.08),
        Map.entry("attention_lift", lift), Map.entry("ci_low", lift - 0.004),
        Map.entry("ci_high", lift + 0.004), Map.entry("recommended_score", 2 * lift),
        Map.entry("recommended_ci_low", 2 * lift - 0.006),
        Map.entry("recommended_ci_high", 2 * lift + 0.006)));
  }

  private static List<GenericRecord> positions() {
    Object[][] rows = {{"1-5", true, 30L, 0.0810, 0.0500}, {"1-5", false, 70L, 0.0700, 0.0400},
      {"6-10", true, 25L, 0.0620, 0.0300}, {"6-10", false, 60L, 0.0650, 0.0310},
      {"11-20", true, 20L, 0.0410, 0.0200}, {"11-20", false, 40L, 0.0450, 0.0220},
      {"21-50", true, 10L, 0.0200, 0.0100}, {"21-50", false, 20L, 0.0230, 0.0120}};
    List<GenericRecord> out = new ArrayList<>();
    for (Object[] r : rows) {
      out.add(Records.row(Contract.POSITION_ATTENTION, Map.of("bucket", r[0], "converted", r[1],
          "n", r[2], "mean_attention", r[3], "mean_recommended", r[4])));
    }
    return out;
  }

  private static GenericRecord nv(String timing, long sessions, long converted, double rate,
      double att1, double att0, double lift, double lo, double hi) {
    return Records.row(Contract.NV_POSITION, Map.of("timing", timing, "sessions", sessions,
        "converted", converted, "conversion_rate", rate, "attention_converted", att1,
        "attention_not_converted", att0, "attention_lift", lift, "ci_low", lo, "ci_high", hi));
  }

  /**
   * Removal effects of a few groups: a store with the hostile name, events, a position window,
   * one group without support; findings only when the audit establishes the model.
   */
  private static List<GenericRecord> removals(AuditJson audit) {
    boolean ok = audit.verdict().established();
    return List.of(
        removal("store", "s1", "all", FixtureRun.SCRIPT_STORE, 0.0412, true, ok),
        removal("store", "s3", "all", "Sushi Zen", -0.0051, true, false),
        removal("event", "m_card_click", "all", "m_card_click", 0.0305, true, ok),
        removal("event", "search_submit", "all", "search_submit", 0.0021, false, false),
        removal("position", "first_5", "all", "first_5", 0.0188, true, ok),
        removal("event", "m_card_click", "first_5", "m_card_click", 0.0100, true, false));
  }

  private static GenericRecord removal(String level, String group, String window, String name,
      double delta, boolean supported, boolean finding) {
    String status = !supported ? "insufficient support" : finding ? "finding"
        : delta < 0 ? "not significant" : "model not established";
    Map<String, Object> f = new LinkedHashMap<>(Map.ofEntries(Map.entry("level", level),
        Map.entry("group", group), Map.entry("window", window), Map.entry("name", name),
        Map.entry("sessions", supported ? 64 : 7), Map.entry("converted", supported ? 21 : 2),
        Map.entry("users", supported ? 50 : 6), Map.entry("sessions_without", 136),
        Map.entry("converted_without", 30), Map.entry("occurrences", 90L),
        Map.entry("mean_probability", 0.31), Map.entry("mean_probability_without", 0.31 - delta),
        Map.entry("delta", delta), Map.entry("delta_ci_low", delta - 0.01),
        Map.entry("delta_ci_high", delta + 0.01), Map.entry("ratio", 0.31 / (0.31 - delta)),
        Map.entry("p_value", 0.001), Map.entry("shrunk_delta", delta * 0.9),
        Map.entry("fits", 3), Map.entry("fits_same_sign", finding ? 3 : 2),
        Map.entry("fits_delta_min", delta * 0.8), Map.entry("fits_delta_max", delta * 1.1),
        Map.entry("supported", supported), Map.entry("finding", finding),
        Map.entry("status", status)));
    if (supported) {
      f.put("q_value", 0.004);
    }
    return Records.row(Contract.REMOVAL_EFFECTS, f);
  }

  private static GenericRecord agreement(String a, String b, double rho) {
    return Records.row(Contract.METHOD_AGREEMENT, Map.of("method_a", a, "method_b", b,
        "spearman", rho, "n", 12L));
  }

  private void json(Path dir, Manifests.Builder m) throws IOException {
    m.json(dir, BaselinesJson.CONTRACT, new BaselinesJson(new BaselinesJson.Logreg(
        new Auc(0.81, 0.74, 0.88, 10, 3, 8), List.of(new double[] {0, 0},
            new double[] {0.2, 0.6}, new double[] {0.5, 0.85}, new double[] {1, 1}), "val",
        "test", "counts", 0.905), Map.of("page_load", 0.12), Map.of("store_page_load", 0.4)));
    m.json(dir, RecommendationJson.CONTRACT, new RecommendationJson(Method.OCCLUSION,
        "largest drop in the deletion test", "max drop at k=5", Map.of("occlusion", 0.05),
        Map.of("occlusion", 0.6), Map.of("occlusion", Map.of("event", 0.7, "store", 0.5))));
    m.json(dir, InsightsJson.CONTRACT, new InsightsJson(List.of(new InsightsJson.Insight(
        "Store page loads get more attention in sessions that convert ("
            + FixtureRun.SCRIPT_STORE + " leads the stores).", "attention_lift", 0.0123,
        0.0093, 0.0153)), List.of(new InsightsJson.Finding("Sessions with an event of store "
            + FixtureRun.SCRIPT_STORE + " in the first 5 events convert 2.40x as often as those"
            + " without", "store", "s1", "first_5", 2.4, 1.31, 1.12, 1.52, 64, 21, 50, 0.004)),
        37, ""));
    Map<String, GroundTruthCheckJson.Check> methods = new LinkedHashMap<>();
    methods.put("attention", new GroundTruthCheckJson.Check(0.71, 0.7, 0.7, 12, 0.6, 0.5,
        Double.NaN, Double.NaN, 0));
    methods.put("occlusion", new GroundTruthCheckJson.Check(0.83, 0.8, 0.8, 12, 0.8, 0.7, 0.5,
        0.64, 3));
    m.json(dir, GroundTruthCheckJson.CONTRACT, new GroundTruthCheckJson("fixture-world", 10,
        List.of("s1"), "occlusion", methods, new GroundTruthCheckJson.RemovalCheck(
            Map.of("event", new GroundTruthCheckJson.Level(0.93, 12),
                "store", new GroundTruthCheckJson.Level(0.61, 4)), 1, 1.0, 4, 1, 3, 2, 1,
            new GroundTruthCheckJson.Level(0.7, 9))));
  }

  /** Writes a table as its Parquet dataset and its CSV download, and lists both. */
  private static void table(Path dir, Manifests.Builder m, String name, Contract c,
      List<GenericRecord> rows) throws IOException {
    ParquetFiles.write(dir.resolve(name).resolve("part-00000.parquet"), c, rows);
    m.dataset(dir, name, c, rows.size());
    List<String> fields = c.schema().getFields().stream().map(Schema.Field::name).toList();
    StringBuilder b = new StringBuilder(String.join(",", fields)).append("\r\n");
    for (GenericRecord r : rows) {
      b.append(fields.stream().map(f -> quote(r.get(f))).collect(Collectors.joining(",")))
          .append("\r\n");
    }
    Files.writeString(dir.resolve(name + ".csv"), b, StandardCharsets.UTF_8);
    m.file(name + ".csv");
  }

  private static String quote(Object v) {
    String s = v == null ? "" : v.toString();
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}

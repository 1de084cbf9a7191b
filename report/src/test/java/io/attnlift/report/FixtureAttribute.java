package io.attnlift.report;

import io.attnlift.common.Json;
import io.attnlift.common.Manifests;
import io.attnlift.common.Stage;
import io.attnlift.common.Variant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a fixture run's attribute output (CSV tables, JSON files, manifest) for one variant. */
final class FixtureAttribute {
  static final String LIFT_HEADER = "n_converted,n_not_converted,conversion_rate_with,"
      + "conversion_rate_without,data_lift,attention_converted,attention_not_converted,"
      + "attention_lift,ci_low,ci_high,length_adjusted_lift,length_adjusted_ci_low,"
      + "length_adjusted_ci_high,rollout_lift,rollout_ci_low,rollout_ci_high,gradient_lift,"
      + "gradient_ci_low,gradient_ci_high,occlusion_lift,occlusion_ci_low,occlusion_ci_high,"
      + "logreg_coef,logreg_ci_low,logreg_ci_high,last_touch_share,recommended_lift,"
      + "recommended_ci_low,recommended_ci_high";

  private final String runId;
  private final boolean previous;

  FixtureAttribute(String runId, boolean previous) {
    this.runId = runId;
    this.previous = previous;
  }

  void write(Path dir, Variant v) throws IOException {
    Files.createDirectories(dir);
    List<String> events = new ArrayList<>();
    for (Object[] e : FixtureRun.EVENTS) {
      if (previous && e[0].equals("search_submit")) {
        events.add(liftRow("legacy_banner_click", "click", 0.0200));
        continue;
      }
      double shift = previous && e[0].equals("m_card_click") ? -0.003 : 0;
      events.add(liftRow((String) e[0], (String) e[1], (double) e[2] + shift));
    }
    csv(dir, "event_lift.csv", "event,event_type," + LIFT_HEADER, events);
    csv(dir, "event_type_lift.csv", "value," + LIFT_HEADER + ",markov_removal_effect",
        List.of(liftRow("page_load", null, 0.0101) + ",0.12",
            liftRow("click", null, 0.0072) + ",0.08",
            liftRow("impression", null, -0.0030) + ",0.01"));
    csv(dir, "discovery_feature_lift.csv", "value," + LIFT_HEADER,
        List.of(liftRow("Core Search", null, 0.0090), liftRow("Home Feed", null, 0.0011),
            liftRow("NO_FEATURE", null, -0.0025)));
    csv(dir, "tag_lift.csv", "value," + LIFT_HEADER,
        List.of(liftRow("Pizza", null, 0.0050), liftRow("Sushi", null, -0.0010)));
    csv(dir, "category_lift.csv", "value," + LIFT_HEADER,
        List.of(liftRow("Italian", null, 0.0040), liftRow("Japanese", null, -0.0015)));
    stores(dir);
    csv(dir, "position.csv", "bucket,converted,n,mean_attention,mean_recommended", List.of(
        "1-5,true,30,0.0810,0.0500", "1-5,false,70,0.0700,0.0400",
        "6-10,true,25,0.0620,0.0300", "6-10,false,60,0.0650,0.0310",
        "11-20,true,20,0.0410,0.0200", "11-20,false,40,0.0450,0.0220",
        "21-50,true,10,0.0200,0.0100", "21-50,false,20,0.0230,0.0120"));
    csv(dir, "nv_position.csv", "timing,sessions,converted,conversion_rate,attention_converted,"
        + "attention_not_converted,attention_lift,ci_low,ci_high",
        List.of("early,8,4,0.5,0.061,0.043,0.018,0.006,0.030",
            "late,6,1,0.1667,0.032,0.038,-0.006,-0.015,0.003"));
    csv(dir, "method_agreement.csv", "method_a,method_b,spearman,n", List.of(
        "attention,rollout,0.91,12", "attention,gradient,0.62,12",
        "attention,occlusion,0.55,12", "rollout,occlusion,0.48,12"));
    json(dir, v);
    Manifests.Builder m = new Manifests.Builder(Stage.ATTRIBUTE, v, runId);
    for (String f : AttributeInput.TABLE_FILES) {
      m.file(f);
    }
    m.file("baselines.json").file("recommendation.json").file("insights.json")
        .file("ground_truth_check.json").writeTo(dir);
  }

  private void stores(Path dir) throws IOException {
    String h = "store_id,store_name,primary_tag_name,primary_category_name,is_nv,scope,n,"
        + "n_converted,attention_share,attention_lift,ci_low,ci_high,recommended_score,"
        + "recommended_ci_low,recommended_ci_high";
    csv(dir, "store_attribution.csv", h, List.of(
        store("s1", FixtureRun.SCRIPT_STORE, "all", 0.0150),
        store("s2", FixtureRun.QUOTED_STORE, "all", 0.0061),
        store("s3", "Sushi Zen", "all", -0.0042),
        store("s4", "Café Ünïcode", "all", -0.0093),
        store("s1", FixtureRun.SCRIPT_STORE, "engagement", 0.0300)));
  }

  private static String store(String id, String name, String scope, double lift) {
    return String.join(",", id, quote(name), "Pizza", "Italian", "false", scope, "40", "12",
        "0.08", num(lift), num(lift - 0.004), num(lift + 0.004), num(2 * lift),
        num(2 * lift - 0.006), num(2 * lift + 0.006));
  }

  /** A lift row whose other methods are fixed multiples of the attention lift. */
  static String liftRow(String key, String type, double att) {
    List<String> c = new ArrayList<>();
    c.add(key);
    if (type != null) {
      c.add(type);
    }
    double rec = 2 * att;
    for (double x : new double[] {120, 340, 0.30 + 5 * att, 0.25, 1.2 + 10 * att, 0.05 + att,
        0.05, att, att - 0.003, att + 0.003, att, att - 0.004, att + 0.004, 0.8 * att,
        0.8 * att - 0.003, 0.8 * att + 0.003, 1.5 * att, 1.5 * att - 0.005, 1.5 * att + 0.005,
        rec, rec - 0.006, rec + 0.006, 20 * att, 20 * att - 0.05, 20 * att + 0.05, 0.1, rec,
        rec - 0.006, rec + 0.006}) {
      c.add(num(x));
    }
    c.set(type == null ? 1 : 2, "120");
    c.set(type == null ? 2 : 3, "340");
    return String.join(",", c);
  }

  private void json(Path dir, Variant v) throws IOException {
    Json.write(dir.resolve("baselines.json"), Map.of(
        "logreg", Map.of("test_auc", 0.81,
            "roc", List.of(List.of(0, 0), List.of(0.2, 0.6), List.of(0.5, 0.85), List.of(1, 1))),
        "markov", Map.of("page_load", 0.12), "last_touch", Map.of("store_page_load", 0.4)));
    Json.write(dir.resolve("recommendation.json"), Map.of("method", "occlusion",
        "reason", "largest drop in the deletion test", "rule", "max drop at k=5"));
    Map<String, Object> insight = new LinkedHashMap<>();
    insight.put("text", "Store page loads get more attention in sessions that convert ("
        + FixtureRun.SCRIPT_STORE + " leads the stores).");
    insight.put("metric", "attention_lift");
    insight.put("value", 0.0123);
    insight.put("ci_low", 0.0093);
    insight.put("ci_high", 0.0153);
    Json.write(dir.resolve("insights.json"), List.of(insight));
    Map<String, Object> methods = new LinkedHashMap<>();
    methods.put("attention", Map.of("spearman", 0.71, "hero_recall", 0.6));
    methods.put("occlusion", Map.of("spearman", 0.83, "feature_spearman", 0.64,
        "hero_recall", 0.8));
    Json.write(dir.resolve("ground_truth_check.json"), Map.of("k", 10, "methods", methods));
  }

  static String num(double x) {
    return String.format(Locale.ROOT, "%.6f", x);
  }

  /** RFC 4180 quoting: a cell with a comma, quote or line break is quoted, quotes doubled. */
  static String quote(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }

  private static void csv(Path dir, String name, String header, List<String> rows)
      throws IOException {
    StringBuilder b = new StringBuilder(header).append("\r\n");
    rows.forEach(r -> b.append(r).append("\r\n"));
    Files.writeString(dir.resolve(name), b, StandardCharsets.UTF_8);
  }
}

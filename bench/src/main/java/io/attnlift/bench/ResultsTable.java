package io.attnlift.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders the results folder as Markdown: the machine, the headline ratios, end-to-end runs and
 * their growth with users, model and attribution quality, then each stage's own benchmark.
 */
public final class ResultsTable {
  private static final List<String> STAGES =
      List.of("extract", "preprocess", "train", "attribute", "report");

  private final Map<String, Object> machine;
  private final List<Map<String, Object>> e2e = new ArrayList<>();
  private final Map<String, Map<String, Object>> others = new TreeMap<>();

  /** @param files result file name (without .json) → its parsed content */
  @SuppressWarnings("unchecked")
  public ResultsTable(Map<String, Map<String, Object>> files) {
    this.machine = files.getOrDefault("machine", Map.of());
    files.forEach((name, json) -> {
      if ("e2e".equals(json.get("kind"))) {
        e2e.add(json);
      } else if (!name.equals("machine")) {
        others.put(name, json);
      }
    });
    e2e.sort(Comparator.comparing((Map<String, Object> m) -> String.valueOf(m.get("world")))
        .thenComparing(m -> ((Number) m.get("users")).intValue()));
  }

  public String render() {
    StringBuilder sb = new StringBuilder();
    sb.append(machineLine()).append("\n\n");
    section(sb, "Headline ratios (measured in the same run)", headline());
    section(sb, "End to end (`attnlift demo`, both variants): wall seconds and peak MB",
        endToEnd());
    section(sb, "Growth with users", growth());
    section(sb, "Throughput inside the end-to-end runs", throughput());
    section(sb, "Model quality (test split)", quality());
    section(sb, "Attribution against the planted truth", attribution());
    others.forEach(
        (name, json) -> section(sb, "Stage benchmark: " + name, StageFlattener.table(json)));
    return sb.toString();
  }

  private static void section(StringBuilder sb, String title, Markdown table) {
    if (!table.isEmpty()) {
      sb.append("### ").append(title).append("\n\n").append(table.render()).append("\n");
    }
  }

  private String machineLine() {
    Map<String, String> machine = new HashMap<>();
    this.machine.forEach((k, v) -> machine.put(k, Markdown.cell(v)));
    return String.format("Measured %s to %s (%s run) at commit `%s` on %s cores, %s GiB, %s;"
            + " %s. Load average (1, 5, 15 min) at start %s, at the end %s.",
        machine.get("measured_at"), machine.get("finished_at"), machine.get("mode"),
        machine.get("git_commit"), machine.get("cores"), machine.get("memory_gib"),
        machine.get("cpu"), machine.get("java"), machine.get("load_average"),
        machine.get("load_average_end"));
  }

  /**
   * Ratios of two numbers measured in the same stage benchmark: file, numerator and denominator
   * paths (as {@link StageFlattener#leaves} names them), and what the ratio means.
   */
  static final List<List<String>> RATIOS = List.of(
      List.of("train", "no_funnel.train_sequences_per_second",
          "no_funnel_unbucketed.train_sequences_per_second",
          "training sequences/s, length-bucketed ÷ padded (seed preset, batch 64)"));

  private Markdown headline() {
    Markdown t = new Markdown("figure", "value", "from");
    runnerRatios(t);
    for (List<String> r : RATIOS) {
      Map<String, Object> json = others.get(r.get(0));
      Map<String, Object> leaves = json == null ? Map.of() : StageFlattener.leaves(json);
      double ratio = num(leaves.get(r.get(1))) / num(leaves.get(r.get(2)));
      if (Double.isFinite(ratio)) {
        t.row(r.get(3), ratio, r.get(0) + ".json: " + r.get(1) + " ÷ " + r.get(2));
      }
    }
    others.forEach((name, json) -> StageFlattener.leaves(json).forEach((k, v) -> {
      String key = k.toLowerCase();
      if ((key.contains("ratio") || key.contains("speedup")) && v instanceof Number) {
        t.row(k, ((Number) v).doubleValue(), name + ".json");
      }
    }));
    return t;
  }

  /**
   * The preprocess benchmark's runners against its plain single-threaded pass over the same
   * events: events per second (wall) and per CPU second, at each size both were run at.
   */
  @SuppressWarnings("unchecked")
  private void runnerRatios(Markdown t) {
    Object results = others.getOrDefault("preprocess", Map.of()).get("results");
    if (!(results instanceof List<?> list)) {
      return;
    }
    Map<Object, Map<String, Object>> plain = new HashMap<>();
    for (Object o : list) {
      Map<String, Object> r = (Map<String, Object>) o;
      if ("plain-java".equals(r.get("runner"))) {
        plain.put(r.get("events"), r);
      }
    }
    for (Object o : list) {
      Map<String, Object> r = (Map<String, Object>) o;
      Map<String, Object> p = plain.get(r.get("events"));
      if (p == null || p == r) {
        continue;
      }
      Object runner = r.get("runner");
      Object events = r.get("events");
      t.row(String.format("preprocess: %s ÷ plain Java pass, events/s (wall), %s events",
          runner, events), num(p.get("wall_seconds")) / num(r.get("wall_seconds")),
          "preprocess.json");
      t.row(String.format("preprocess: %s ÷ plain Java pass, events per CPU second, %s events",
          runner, events), num(p.get("cpu_seconds")) / num(r.get("cpu_seconds")),
          "preprocess.json");
    }
  }

  @SuppressWarnings("unchecked")
  private Markdown endToEnd() {
    List<String> head =
        new ArrayList<>(List.of("world", "users", "exit", "wall s", "peak tree MB"));
    STAGES.forEach(s -> head.add(s + " s / MB"));
    Markdown t = new Markdown(head.toArray(String[]::new));
    for (Map<String, Object> r : e2e) {
      Map<String, Object> secs = (Map<String, Object>) r.getOrDefault("process_seconds", Map.of());
      Map<String, Object> mb =
          (Map<String, Object>) r.getOrDefault("peak_process_rss_mb", Map.of());
      List<Object> row = new ArrayList<>(List.of(String.valueOf(r.get("world")), r.get("users"),
          r.get("exit_code"), r.get("wall_seconds"), r.get("peak_tree_rss_mb")));
      for (String s : STAGES) {
        row.add(Markdown.cell(secs.get(s)) + " / " + Markdown.cell(mb.get(s)));
      }
      t.row(row.toArray());
    }
    return t;
  }

  private Markdown growth() {
    Markdown t = new Markdown("world", "users", "wall s", "s per 1k users", "× users",
        "× wall", "peak tree MB");
    Map<String, Map<String, Object>> firstOfWorld = new TreeMap<>();
    for (Map<String, Object> r : e2e) {
      if (!Integer.valueOf(0).equals(r.get("exit_code"))) {
        continue;
      }
      String world = String.valueOf(r.get("world"));
      Map<String, Object> first = firstOfWorld.computeIfAbsent(world, w -> r);
      double users = num(r.get("users"));
      double wall = num(r.get("wall_seconds"));
      t.row(world, r.get("users"), wall, wall / users * 1000, users / num(first.get("users")),
          wall / num(first.get("wall_seconds")), r.get("peak_tree_rss_mb"));
    }
    return t;
  }

  @SuppressWarnings("unchecked")
  private Markdown throughput() {
    Markdown t = new Markdown("world", "users", "events", "extract rows/s",
        "preprocess events/s (process)", "variant", "train seq/s", "inference seq/s",
        "train s");
    forEachVariant((r, v, q) -> {
      Map<String, Object> tp = (Map<String, Object>) r.getOrDefault("throughput", Map.of());
      t.row(String.valueOf(r.get("world")), r.get("users"), tp.get("extract_events"),
          tp.get("extract_rows_per_second"), tp.get("preprocess_events_per_process_second"), v,
          q.get("metrics_train_sequences_per_second"),
          q.get("metrics_inference_sequences_per_second"), q.get("metrics_train_seconds"));
    });
    return t;
  }

  @SuppressWarnings("unchecked")
  private Markdown quality() {
    Markdown t = new Markdown("world", "users", "variant", "sessions", "model AUC",
        "events-only AUC", "Bayes AUC", "share of achievable", "train's test_auc");
    forEachVariant((r, v, q) -> t.row(String.valueOf(r.get("world")), r.get("users"), v,
        q.get("test_sessions"), q.get("model_auc"), q.get("events_only_auc"), q.get("bayes_auc"),
        q.get("share_of_achievable"), q.get("metrics_test_auc")));
    return t;
  }

  @SuppressWarnings("unchecked")
  private Markdown attribution() {
    Markdown t = new Markdown("world", "users", "variant", "method", "event Spearman",
        "feature Spearman", "store Spearman", "hero recall@k", "hero recall (all)");
    forEachVariant((r, v, q) -> {
      Map<String, Object> check = (Map<String, Object>) q.get("ground_truth_check");
      Map<String, Object> methods =
          check == null ? Map.of() : (Map<String, Object>) check.getOrDefault("methods", Map.of());
      methods.forEach((method, o) -> {
        Map<String, Object> m = o instanceof Map ? (Map<String, Object>) o : Map.of();
        t.row(String.valueOf(r.get("world")), r.get("users"), v, method, m.get("spearman"),
            m.get("feature_spearman"), m.get("store_spearman"), m.get("hero_recall"),
            m.get("hero_recall_all"));
      });
    });
    return t;
  }

  private interface VariantVisitor {
    void visit(Map<String, Object> run, String variant, Map<String, Object> quality);
  }

  @SuppressWarnings("unchecked")
  private void forEachVariant(VariantVisitor visitor) {
    for (Map<String, Object> r : e2e) {
      Object q = r.get("quality");
      if (q instanceof Map) {
        ((Map<String, Object>) q).forEach(
            (v, vq) -> visitor.visit(r, v, (Map<String, Object>) vq));
      }
    }
  }

  private static double num(Object o) {
    return o instanceof Number n ? n.doubleValue() : Double.NaN;
  }
}

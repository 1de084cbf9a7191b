package io.attnlift.report;

import io.attnlift.common.json.InsightsJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The position section (attention by position bucket) and the generated insights. */
final class PositionSection {
  private static final List<String> BUCKETS = List.of("1-5", "6-10", "11-20", "21-50", "51+");

  private PositionSection() {}

  static Map<String, Object> build(VariantData v) {
    TableData p = v.attribute().position();
    List<String> labels = new ArrayList<>();
    for (String b : BUCKETS) {
      for (int i = 0; i < p.size() && !labels.contains(b); i++) {
        if (b.equals(p.str(i, "bucket"))) {
          labels.add(b);
        }
      }
    }
    for (int i = 0; i < p.size(); i++) {
      if (!labels.contains(p.str(i, "bucket"))) {
        labels.add(p.str(i, "bucket"));
      }
    }
    List<BarChart.Bar> conv = new ArrayList<>();
    List<BarChart.Bar> not = new ArrayList<>();
    for (String b : labels) {
      conv.add(new BarChart.Bar(value(p, b, true), Double.NaN, Double.NaN));
      not.add(new BarChart.Bar(value(p, b, false), Double.NaN, Double.NaN));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("variant", v.variant().id());
    out.put("blocked", RemovalView.blocked(v.attribute()));
    out.put("removal", RemovalView.section("Position windows and NV timing", v.attribute(),
        java.util.Set.of("position", "nv_position"), Map.of(),
        "tables/" + v.variant().id() + "/removal_effects.csv"));
    out.put("chart", BarChart.grouped("The seed's statistic: mean attention per event by"
        + " position in the session (not the ranking)",
        labels.stream().map(b -> "events " + b).toList(),
        List.of(new BarChart.Series("converted", conv),
            new BarChart.Series("not converted", not)),
        "mean attention per event (share of the session's attention)"));
    out.put("nv", nvTable(v.attribute().nvPosition())
        .view("NV stores seen early against late in the session",
            "tables/" + v.variant().id() + "/nv_position.csv"));
    return out;
  }

  private static double value(TableData p, String bucket, boolean converted) {
    for (int i = 0; i < p.size(); i++) {
      if (bucket.equals(p.str(i, "bucket")) && p.bool(i, "converted") == converted) {
        return p.num(i, "mean_attention");
      }
    }
    return Double.NaN;
  }

  private static TableView nvTable(TableData t) {
    TableView v = new TableView("NV seen", "#Sessions", "#Converted", "#Conversion rate",
        "#Attention (converted)", "#Attention (not converted)", "#Attention lift (95% CI)");
    for (int r = 0; r < t.size(); r++) {
      v.row(t.str(r, "timing"), Fmt.count(t.num(r, "sessions")),
          Fmt.count(t.num(r, "converted")), Fmt.pct(t.num(r, "conversion_rate")),
          Fmt.num(t.num(r, "attention_converted"), 4),
          Fmt.num(t.num(r, "attention_not_converted"), 4),
          Fmt.liftCi(t.num(r, "attention_lift"), t.num(r, "ci_low"), t.num(r, "ci_high")));
    }
    return v;
  }

  /**
   * The seed's insights computed honestly: the removal-effect findings with the data ratio and
   * the model's ratio side by side, their support and q-value, and how many candidates were
   * looked at; or why none may be a finding.
   */
  static Map<String, Object> findings(VariantData v) {
    InsightsJson in = v.attribute().insights();
    TableView t = new TableView("~Insight", "#Data ratio", "#Model ratio (95% CI)", "#Sessions",
        "#Converted", "#Users", "#q-value");
    for (InsightsJson.Finding f : in.findings()) {
      t.row(f.text(), Fmt.num(f.dataRatio(), 2), Fmt.num(f.modelRatio(), 2) + " "
          + Fmt.ci(f.modelRatioCiLow(), f.modelRatioCiHigh(), 2), Fmt.count(f.sessions()),
          Fmt.count(f.converted()), Fmt.count(f.users()), Fmt.num(f.qValue(), 3));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("table", t.view(in.findings().size() + " findings among " + in.candidates()
        + " supported candidates (event, event type, discovery feature, store, anywhere or in a"
        + " position window; Benjamini-Hochberg over all of them)",
        "tables/" + v.variant().id() + "/removal_effects.csv"));
    out.put("blocked", in.blocked().isEmpty() ? null : "No insight is a finding: "
        + in.blocked() + ".");
    return out;
  }

  /**
   * The generated insight sentences, each with its metric, value and interval; none when the
   * variant can support no driver claim (see {@link #withheld}).
   */
  static List<Map<String, Object>> insights(VariantData v) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (withheld(v) != null) {
      return out;
    }
    for (InsightsJson.Insight i : v.attribute().insights().insights()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("text", Names.inline(i.text()));
      m.put("metric", i.metric());
      m.put("value", Fmt.lift(i.value()));
      m.put("ci", Fmt.ci(i.ciLow(), i.ciHigh(), 4));
      out.add(m);
    }
    return out;
  }

  /** Why the lift tables' insights are not shown, or null when they are. */
  static String withheld(VariantData v) {
    int n = v.attribute().insights().insights().size();
    return n == 0 || RemovalView.blocked(v.attribute()) == null ? null : n + " insight"
        + (n == 1 ? "" : "s") + " from the lift tables withheld: the data cannot support driver"
        + " claims on this run (see Drivers).";
  }
}

package io.attnlift.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data-quality section: rows rejected at extract by reason, and per variant the sessions per
 * split, duplicates removed, sessions truncated and drops by reason. A fact a stage did not record
 * shows as n/a.
 */
final class QualitySection {
  private QualitySection() {}

  static Map<String, Object> build(RunData run) {
    Map<String, Object> out = new LinkedHashMap<>();
    ExtractInput e = run.extract();
    out.put("source", e.source() == null ? Fmt.NA : e.source());
    out.put("extractDuplicates", Fmt.count(e.duplicates()));
    out.put("rejected", counts("Rejected at extract", "Reason", e.rejected(), e.events())
        .view("Rows rejected at extract, by reason", null));
    TableView overview = new TableView("Model", "#Duplicates removed", "#Sessions truncated");
    List<Map<String, Object>> variants = new ArrayList<>();
    for (VariantData v : run.variants()) {
      PreprocessInput p = v.preprocess();
      overview.row(v.variant().id(), Fmt.count(p.duplicates()), Fmt.count(p.truncated()));
      TableView splits = new TableView("Split", "#Sessions", "#Converted", "#Conversion rate");
      p.splits().forEach((name, s) -> splits.row(name, Fmt.count(s.get("sessions")),
          Fmt.count(s.get("converted")), Fmt.pct(s.get("conversion_rate"))));
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("variant", v.variant().id());
      one.put("splits", splits.view("Sessions per split (" + v.variant().id() + ")", null));
      double kept = p.splits().values().stream().mapToDouble(s -> s.get("sessions")).sum();
      one.put("dropped", counts("Dropped", "Reason", p.dropped(), kept)
          .view("Sessions dropped at preprocess, by reason (" + v.variant().id() + ")", null));
      variants.add(one);
    }
    out.put("overview", overview.view("Duplicates and truncation per variant", null));
    out.put("variants", variants);
    return out;
  }

  private static TableView counts(String what, String key, Map<String, Double> counts,
      double of) {
    TableView t = new TableView(key, "#" + what, "#Share");
    double total = 0;
    for (Map.Entry<String, Double> c : counts.entrySet()) {
      total += c.getValue();
      t.row(c.getKey(), Fmt.count(c.getValue()),
          Double.isNaN(of) ? Fmt.NA : Fmt.pct(c.getValue() / (of + sum(counts))));
    }
    if (counts.isEmpty()) {
      t.row("none recorded", Fmt.NA, Fmt.NA);
    } else {
      t.row("total", Fmt.count(total), Double.isNaN(of) ? Fmt.NA : Fmt.pct(total / (of + total)));
    }
    return t;
  }

  private static double sum(Map<String, Double> counts) {
    return counts.values().stream().mapToDouble(Double::doubleValue).sum();
  }
}

package io.attnlift.report;

import io.attnlift.common.json.ExtractStats;
import io.attnlift.common.json.PreprocessStats;
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
    ExtractStats e = run.extract().stats();
    out.put("source", e.source().kind());
    out.put("extractDuplicates", Fmt.count(e.duplicateRows()));
    out.put("rejected", counts("Rejected at extract", "Reason", e.rejected(), e.rows())
        .view("Rows rejected at extract, by reason", null));
    TableView overview = new TableView("Model", "#Duplicates removed", "#Sessions truncated");
    List<Map<String, Object>> variants = new ArrayList<>();
    for (VariantData v : run.variants()) {
      PreprocessStats p = v.preprocess();
      overview.row(v.variant().id(), Fmt.count(p.duplicatesRemoved()), Fmt.count(p.truncated()));
      TableView splits = new TableView("Split", "#Sessions", "#Converted", "#Conversion rate");
      p.splits().byName().forEach((name, s) -> splits.row(name, Fmt.count(s.sessions()),
          Fmt.count(s.converted()), Fmt.pct(s.conversionRate())));
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("variant", v.variant().id());
      one.put("splits", splits.view("Sessions per split (" + v.variant().id() + ")", null));
      one.put("dropped", counts("Dropped", "Reason", p.drops().byReason(), p.sessions())
          .view("Sessions dropped at preprocess, by reason (" + v.variant().id() + ")", null));
      variants.add(one);
    }
    out.put("overview", overview.view("Duplicates and truncation per variant", null));
    out.put("variants", variants);
    return out;
  }

  private static TableView counts(String what, String key, Map<String, Long> counts,
      double of) {
    TableView t = new TableView(key, "#" + what, "#Share");
    double total = 0;
    for (Map.Entry<String, Long> c : counts.entrySet()) {
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

  private static double sum(Map<String, Long> counts) {
    return counts.values().stream().mapToDouble(Long::doubleValue).sum();
  }
}

package io.attnlift.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed since the previous run: test AUC per variant, the event lifts that moved most, and
 * the drivers that entered or left the top ten (by recommended lift, primary variant).
 */
final class ChangeSection {
  static final int TOP = 10;

  private ChangeSection() {}

  static Map<String, Object> build(RunData run, Comparison comparison) {
    PreviousRun prev = comparison.previous();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("present", prev != null);
    if (prev == null) {
      out.put("absence", comparison.absence());
      return out;
    }
    out.put("previousRunId", prev.runId());
    TableView auc = new TableView("Model", "#Previous test AUC", "#This run", "#Change");
    for (VariantData v : run.variants()) {
      double before = prev.testAuc().getOrDefault(v.variant().id(), Double.NaN);
      double now = v.train().testAuc();
      auc.row(v.variant().id(), Fmt.num(before, 3), Fmt.num(now, 3), Fmt.signed(now - before, 3));
    }
    out.put("auc", auc.view("Test AUC against run " + prev.runId(), null));
    TableData cur = run.primary().attribute().eventLift();
    Map<String, Double> before = lifts(prev.eventLift());
    Map<String, Double> now = lifts(cur);
    List<String> common = new ArrayList<>(now.keySet());
    common.retainAll(before.keySet());
    common.sort(Comparator.comparingDouble((String e) -> -Math.abs(now.get(e) - before.get(e)))
        .thenComparing(Comparator.naturalOrder()));
    TableView moves = new TableView("Event", "#Previous score", "#This run", "#Change");
    for (String e : common) {
      moves.row(e, Fmt.lift(before.get(e)), Fmt.lift(now.get(e)),
          Fmt.lift(now.get(e) - before.get(e)));
    }
    out.put("lifts", moves.view("Recommended score: largest changes (" + run.primary().variant()
        + ")", null));
    Set<String> topNow = top(now);
    Set<String> topBefore = top(before);
    out.put("entered", minus(topNow, topBefore));
    out.put("left", minus(topBefore, topNow));
    out.put("stable", minus(topNow, Set.of()).size() - minus(topNow, topBefore).size());
    return out;
  }

  private static Map<String, Double> lifts(TableData t) {
    Map<String, Double> m = new HashMap<>();
    for (int r = 0; r < t.size(); r++) {
      double v = t.num(r, "recommended_lift");
      if (!Double.isNaN(v)) {
        m.put(t.str(r, "event"), v);
      }
    }
    return m;
  }

  private static Set<String> top(Map<String, Double> lifts) {
    Set<String> out = new LinkedHashSet<>();
    lifts.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .limit(TOP)
        .forEach(e -> out.add(e.getKey()));
    return out;
  }

  private static List<String> minus(Set<String> a, Set<String> b) {
    List<String> out = new ArrayList<>(a);
    out.removeAll(b);
    return out;
  }
}

package io.attnlift.report;

import io.attnlift.common.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The drivers section of one variant: event lift by attention, rollout and gradient side by side
 * with interval whiskers, the event table, and lift by event type, discovery feature, tag and
 * category.
 */
final class DriverSection {
  /** Rows in a driver chart: a screen's worth. */
  static final int CHART_ROWS = 20;
  private static final String UNIT = "lift: mean score in converted − non-converted sessions";

  private DriverSection() {}

  static Map<String, Object> build(VariantData v) {
    AttributeInput a = v.attribute();
    String dir = "tables/" + v.variant().id() + "/";
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("variant", v.variant().id());
    out.put("role", v.leaky() ? "leakage model (it sees the funnel: read with care)"
        : "honest model");
    out.put("recommended", a.recommendedMethod().id());
    TableData ev = a.eventLift();
    List<Integer> rows = Lifts.strongest(ev, "attention_lift", CHART_ROWS);
    List<String> labels = rows.stream().map(r -> ev.str(r, "event")).toList();
    out.put("eventChart", BarChart.panels("Event lift by method, sorted by attention lift",
        labels, List.of(Lifts.series(Method.ATTENTION.tableName(), ev, rows, Method.ATTENTION),
            Lifts.series(Method.ROLLOUT.tableName(), ev, rows, Method.ROLLOUT),
            Lifts.series(Method.GRADIENT_X_INPUT.tableName(), ev, rows,
                Method.GRADIENT_X_INPUT)), UNIT, BarChart.PANEL));
    out.put("eventTable", eventTable(ev).view(
        "Events by recommended score (" + a.recommendedMethod() + ")", dir + "event_lift.csv"));
    List<Map<String, Object>> dims = new ArrayList<>();
    dims.add(dimension("Event types", a.eventTypeLift(), a, dir + "event_type_lift.csv"));
    dims.add(dimension("Discovery features", a.discoveryLift(), a,
        dir + "discovery_feature_lift.csv"));
    dims.add(dimension("Store tags", a.tagLift(), a, dir + "tag_lift.csv"));
    dims.add(dimension("Store categories", a.categoryLift(), a, dir + "category_lift.csv"));
    out.put("dimensions", dims);
    return out;
  }

  private static TableView eventTable(TableData ev) {
    TableView t = new TableView("Event", "Type", "#Events in converted",
        "#Events in not converted", "#Conv. rate with", "#Conv. rate without", "#Data lift",
        "#Attention lift (95% CI)", "#Recommended score (95% CI)");
    for (int r : Lifts.sorted(ev, "recommended_lift")) {
      t.row(ev.str(r, "event"), ev.has("event_type") ? ev.str(r, "event_type") : Fmt.NA,
          Fmt.count(ev.num(r, "n_converted")), Fmt.count(ev.num(r, "n_not_converted")),
          Fmt.pct(ev.numOrNaN(r, "conversion_rate_with")),
          Fmt.pct(ev.numOrNaN(r, "conversion_rate_without")),
          Fmt.num(ev.num(r, "data_lift"), 2),
          Fmt.liftCi(ev.num(r, "attention_lift"), ev.num(r, "ci_low"), ev.num(r, "ci_high")),
          Fmt.liftCi(ev.num(r, "recommended_lift"), ev.num(r, "recommended_ci_low"),
              ev.num(r, "recommended_ci_high")));
    }
    return t;
  }

  private static Map<String, Object> dimension(String title, TableData t, AttributeInput a,
      String csv) {
    Method method = a.recommendedMethod();
    List<Integer> rows = Lifts.strongest(t, Lifts.columns(method)[0], CHART_ROWS);
    List<String> labels = rows.stream().map(r -> t.str(r, "value")).toList();
    List<BarChart.Series> series = new ArrayList<>();
    series.add(Lifts.series(Method.ATTENTION.id(), t, rows, Method.ATTENTION));
    if (method != Method.ATTENTION) {
      series.add(Lifts.series(method.id(), t, rows, method));
    }
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("title", title);
    d.put("chart", rows.isEmpty() ? null
        : BarChart.panels(title + ": lift, sorted by " + method + " lift", labels, series, UNIT,
            190));
    d.put("csv", csv);
    d.put("rows", t.size());
    return d;
  }
}

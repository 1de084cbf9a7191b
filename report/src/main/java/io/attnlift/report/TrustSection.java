package io.attnlift.report;

import io.attnlift.common.json.FaithfulnessJson;
import io.attnlift.common.json.GroundTruthCheckJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trust section of one variant: the deletion and insertion tests (probability drop when
 * each method's top-k events are removed, rise when only they are kept, against random) with the
 * area over each curve, the agreement between methods, and, for synthetic data, the check against
 * the generator's ground truth.
 */
final class TrustSection {
  private TrustSection() {}

  static Map<String, Object> build(VariantData v) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("variant", v.variant().id());
    FaithfulnessJson d = v.train().deletion();
    out.put("sessions", Fmt.count(d.sessions()));
    deletion(d, out);
    out.put("aopcTable", aopc(d));
    out.put("agreement", agreement(v));
    out.put("groundTruth", groundTruth(v));
    out.put("removalTruth", removalTruth(v));
    return out;
  }

  /** The deletion curves (k = 0 drops nothing) and their table, random last. */
  private static void deletion(FaithfulnessJson d, Map<String, Object> out) {
    List<String> headers = new ArrayList<>(List.of("Method"));
    d.k().forEach(k -> headers.add("#Drop at k=" + k));
    TableView table = new TableView(headers.toArray(String[]::new));
    List<LineChart.Series> series = new ArrayList<>();
    for (String method : d.methodsAndRandom()) {
      List<double[]> pts = new ArrayList<>();
      pts.add(new double[] {0, 0});
      List<String> cells = new ArrayList<>(List.of(method));
      for (int k : d.k()) {
        pts.add(new double[] {k, d.drop(method, k)});
        cells.add(Fmt.num(d.drop(method, k), 4));
      }
      series.add(new LineChart.Series(method, Palette.of(method), pts,
          FaithfulnessJson.RANDOM.equals(method), true));
      table.row(cells.toArray(String[]::new));
    }
    out.put("deletionChart", LineChart.render("Deletion test: drop in predicted probability",
        "k: top events removed (k = 0: nothing removed)", "mean drop in predicted probability",
        null, null, series, false));
    out.put("deletionTable", table.view("Mean drop in predicted probability", null));
  }

  /** Per method, the area over each curve and its margin over random, random last. */
  private static Map<String, Object> aopc(FaithfulnessJson d) {
    TableView table = new TableView("Method", "#Deletion AOPC", "#minus random",
        "#Insertion AOPC", "#minus random");
    for (String method : d.methodsAndRandom()) {
      FaithfulnessJson.Aopc a = d.aopcOf(method);
      if (a != null) {
        table.row(method, Fmt.num(a.deletion(), 4), Fmt.num(a.deletionMinusRandom(), 4),
            Fmt.num(a.insertion(), 4), Fmt.num(a.insertionMinusRandom(), 4));
      }
    }
    return table.view("Area over the perturbation curves (mean over k): deletion drops the"
        + " top-k events, insertion keeps only them", null);
  }

  private static Map<String, Object> agreement(VariantData v) {
    TableData t = v.attribute().agreement();
    TableView view = new TableView("Method", "Method", "#Spearman rank correlation", "#Pairs");
    for (int r = 0; r < t.size(); r++) {
      view.row(t.str(r, "method_a"), t.str(r, "method_b"), Fmt.num(t.num(r, "spearman"), 3),
          Fmt.count(t.num(r, "n")));
    }
    return view.view("Agreement between methods (rank correlation of event lifts)",
        "tables/" + v.variant().id() + "/method_agreement.csv");
  }

  /** The removal effects against the planted ones, when the variant has both. */
  private static Map<String, Object> removalTruth(VariantData v) {
    GroundTruthCheckJson g = v.attribute().groundTruthCheck();
    if (g == null || g.removal() == null || g.removal().levels().isEmpty()) {
      return null;
    }
    GroundTruthCheckJson.RemovalCheck r = g.removal();
    TableView view = new TableView("Check", "#Value", "#Rests on");
    r.levels().forEach((level, l) -> view.row("Spearman with the planted removal effects: "
        + level, Fmt.num(l.spearman(), 3), Fmt.count(l.n()) + " supported groups"));
    if (r.windowed() != null && r.windowed().n() > 0) {
      view.row("Spearman with the planted removal effects: groups inside a position window",
          Fmt.num(r.windowed().spearman(), 3), Fmt.count(r.windowed().n()) + " supported groups");
    }
    view.row("Hero-store recall at k=" + r.heroK() + " among supported stores",
        Fmt.pct(r.heroRecall()), Fmt.count(r.supportedStores()) + " stores, "
            + Fmt.count(r.heroesSupported()) + " of them heroes");
    view.row("Findings in the planted direction", Fmt.count(r.findingsPlantedDirection())
        + " of " + Fmt.count(r.findings() - r.findingsWithoutTruth()),
        Fmt.count(r.findingsWithoutTruth()) + " findings without a planted effect");
    return view.view("The model's removal effects against the planted ones (synthetic data"
        + " only)", null);
  }

  private static Map<String, Object> groundTruth(VariantData v) {
    GroundTruthCheckJson g = v.attribute().groundTruthCheck();
    if (g == null) {
      return null;
    }
    TableView view = new TableView("Method", "#Spearman vs true contributions: events",
        "#Discovery features", "#Hero-store recall at k=" + g.k());
    g.methods().forEach((name, c) -> view.row(
        name.equals(g.recommendedMethod()) ? name + " (recommended)" : name,
        Fmt.num(c.spearman(), 3), Fmt.num(c.featureSpearman(), 3), Fmt.pct(c.heroRecall())));
    return view.view("Ground-truth check (synthetic data only)", null);
  }
}

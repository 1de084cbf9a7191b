package io.attnlift.report;

import io.attnlift.common.json.AuditJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The removal effects as the report ranks by them: per level (events, stores, positions, ...) the
 * groups anywhere in the session, supported claims first by their (shrunk) removal effect, each
 * with its interval, support, q-value and how many fits of the stability check share its sign,
 * and the seed's attention lift beside it, labelled as what it is. Names come from the data; the template escapes them.
 */
final class RemovalView {
  static final String SEED = "Attention lift (the seed's statistic, not the ranking)";

  private RemovalView() {}

  /** Whether findings may be made, and if not the plain sentence that says why. */
  static String blocked(AttributeInput a) {
    AuditJson.Verdict v = a.audit().verdict();
    if (a.removalEffects().size() == 0) {
      return "This variant has no removal effects (train computes them for the honest model),"
          + " so no driver claim is made for it.";
    }
    if (!v.established()) {
      String why = a.audit().model().ciLow() > 0.5
          ? "it does not beat the counts baseline beyond the paired interval"
          : "its test AUC interval reaches 0.5";
      return "The data cannot support driver claims: the honest model's predictive power is not"
          + " established (" + why + "), so none of the removal effects below is a finding;"
          + " they are shown with their support for reference only.";
    }
    if (AuditJson.Verdict.LEAKS.equals(v.leak())) {
      return "This model leaks, so none of its removal effects is a finding.";
    }
    return null;
  }

  /** The rows of these levels, anywhere in the session, supported first, by shrunk effect. */
  static List<Integer> ranked(TableData t, Set<String> levels) {
    List<Integer> rows = new ArrayList<>();
    for (int r = 0; r < t.size(); r++) {
      if (levels.contains(t.str(r, "level")) && "all".equals(t.str(r, "window"))) {
        rows.add(r);
      }
    }
    rows.sort(Comparator.comparing((Integer r) -> !t.bool(r, "supported"))
        .thenComparing(r -> -orLow(t.numOrNaN(r, "shrunk_delta")))
        .thenComparing(r -> t.str(r, "group")));
    return rows;
  }

  private static double orLow(double v) {
    return Double.isFinite(v) ? v : Double.NEGATIVE_INFINITY;
  }

  /**
   * A table of the given rows.
   *
   * @param attention per group key, the seed's attention lift with its interval, or empty
   */
  static TableView table(TableData t, List<Integer> rows, Map<String, String> attention) {
    TableView v = new TableView("Group", "Level", "#Sessions", "#Converted", "#Users",
        "#Removal effect Δp (95% CI)", "#Shrunk Δp (the ranking)", "#Ratio (95% CI)",
        "#q-value", "Same sign in fits", "Status", "#" + SEED);
    for (int r : rows) {
      v.row(t.str(r, "name"), t.str(r, "level"), Fmt.count(t.num(r, "sessions")),
          Fmt.count(t.num(r, "converted")), Fmt.count(t.num(r, "users")),
          Fmt.liftCi(t.numOrNaN(r, "delta"), t.numOrNaN(r, "delta_ci_low"),
              t.numOrNaN(r, "delta_ci_high")),
          Fmt.lift(t.numOrNaN(r, "shrunk_delta")),
          ratio(t, r),
          Fmt.num(t.numOrNaN(r, "q_value"), 3),
          Fmt.count(t.num(r, "fits_same_sign")) + " of " + Fmt.count(t.num(r, "fits")),
          t.str(r, "status"),
          attention.getOrDefault(t.str(r, "group"), Fmt.NA));
    }
    return v.total(rows.size());
  }

  /** The ratio of mean probabilities with its interval, when it has one. */
  private static String ratio(TableData t, int r) {
    String ci = Fmt.ci(t.numOrNaN(r, "ratio_ci_low"), t.numOrNaN(r, "ratio_ci_high"), 2);
    String v = Fmt.num(t.numOrNaN(r, "ratio"), 2);
    return ci.equals(Fmt.NA) ? v : v + " " + ci;
  }

  /** The seed's attention lift per key of a lift table. */
  static Map<String, String> attention(TableData lifts, String keyColumn, String scope) {
    Map<String, String> out = new HashMap<>();
    for (int r = 0; r < lifts.size(); r++) {
      if (scope == null || scope.equals(lifts.str(r, "scope"))) {
        out.put(lifts.str(r, keyColumn), Fmt.liftCi(lifts.numOrNaN(r, "attention_lift"),
            lifts.numOrNaN(r, "ci_low"), lifts.numOrNaN(r, "ci_high")));
      }
    }
    return out;
  }

  /** A titled table view of one or more levels, with the count of findings. */
  static Map<String, Object> section(String title, AttributeInput a, Set<String> levels,
      Map<String, String> attention, String csv) {
    TableData t = a.removalEffects();
    List<Integer> rows = ranked(t, levels);
    long findings = rows.stream().filter(r -> t.bool(r, "finding")).count();
    long supported = rows.stream().filter(r -> t.bool(r, "supported")).count();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("title", title);
    out.put("findings", findings);
    out.put("supported", supported);
    out.put("groups", rows.size());
    out.put("table", table(t, rows, attention).view(title + ", ranked by the model's removal"
        + " effect (" + findings + " findings among " + supported + " supported of "
        + rows.size() + "; " + stability(t, rows) + ")", csv));
    return out;
  }

  /** Whether the signs were checked in refits, in words. */
  static String stability(TableData t, List<Integer> rows) {
    int fits = rows.stream().mapToInt(r -> (int) t.num(r, "fits")).max().orElse(1);
    return fits <= 1 ? "signs not checked in refits: one fit (--refits 1)"
        : "each finding keeps its sign in all " + fits + " fits";
  }
}

package io.attnlift.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The store leaderboard of one variant: the stores whose attention lift is highest and lowest,
 * with intervals and support counts; names exactly as in the data (the template escapes them).
 */
final class StoreSection {
  static final int TOP = 10;

  private StoreSection() {}

  static Map<String, Object> build(VariantData v) {
    TableData s = v.attribute().stores();
    String scope = scope(s);
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      if (scope == null || scope.equals(s.str(i, "scope"))) {
        rows.add(i);
      }
    }
    List<Integer> gain = rows.stream().filter(r -> s.num(r, "attention_lift") > 0)
        .sorted(Comparator.comparingDouble((Integer r) -> s.num(r, "attention_lift")).reversed())
        .limit(TOP).toList();
    List<Integer> lose = rows.stream().filter(r -> s.num(r, "attention_lift") < 0)
        .sorted(Comparator.comparingDouble((Integer r) -> s.num(r, "attention_lift")))
        .limit(TOP).toList();
    String csv = "tables/" + v.variant().id() + "/store_attribution.csv";
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("variant", v.variant().id());
    out.put("scope", scope == null ? "all" : scope);
    out.put("stores", rows.size());
    out.put("gainers", table(s, gain).total(rows.size())
        .view("Stores that gain the most attention in converted sessions", csv));
    out.put("losers", table(s, lose).total(rows.size())
        .view("Stores that lose the most attention in converted sessions", csv));
    return out;
  }

  /** Shows scope "all" when the table has it (it also has "engagement" rows). */
  private static String scope(TableData s) {
    for (int i = 0; i < s.size(); i++) {
      if ("all".equals(s.str(i, "scope"))) {
        return "all";
      }
    }
    return null;
  }

  private static TableView table(TableData s, List<Integer> rows) {
    TableView t = new TableView("Store", "Store id", "Tag", "Category", "NV",
        "#Sessions", "#Converted", "#Attention share", "#Attention lift (95% CI)",
        "#Recommended score (95% CI)");
    for (int r : rows) {
      t.row(s.str(r, "store_name"), s.str(r, "store_id"), s.str(r, "primary_tag_name"),
          s.str(r, "primary_category_name"), s.bool(r, "is_nv") ? "yes" : "no",
          Fmt.count(s.num(r, "n")), Fmt.count(s.num(r, "n_converted")),
          Fmt.pct(s.num(r, "attention_share")),
          Fmt.liftCi(s.num(r, "attention_lift"), s.num(r, "ci_low"), s.num(r, "ci_high")),
          Fmt.liftCi(s.num(r, "recommended_score"), s.num(r, "recommended_ci_low"),
              s.num(r, "recommended_ci_high")));
    }
    return t;
  }
}

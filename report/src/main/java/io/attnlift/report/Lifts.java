package io.attnlift.report;

import io.attnlift.common.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Row selection and bars from a lift table: the strongest rows, sorted by a lift column. */
final class Lifts {
  private Lifts() {}

  /**
   * The indices of up to {@code max} rows with the largest absolute value of {@code column},
   * sorted by that value, highest first; rows where it is missing come last.
   */
  static List<Integer> strongest(TableData t, String column, int max) {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      idx.add(i);
    }
    Comparator<Integer> byAbs = Comparator.comparingDouble(i -> abs(t.num(i, column)));
    idx.sort(byAbs.reversed());
    List<Integer> top = new ArrayList<>(idx.subList(0, Math.min(max, idx.size())));
    top.sort(Comparator.comparingDouble((Integer i) -> key(t.num(i, column))).reversed());
    return top;
  }

  /** All row indices sorted by {@code column}, highest first (missing last). */
  static List<Integer> sorted(TableData t, String column) {
    return strongest(t, column, t.size());
  }

  /** The bar of a method in one row: value and interval columns by the method's prefix. */
  static BarChart.Bar bar(TableData t, int row, String value, String lo, String hi) {
    return new BarChart.Bar(t.numOrNaN(row, value), t.numOrNaN(row, lo), t.numOrNaN(row, hi));
  }

  /** The value, low and high column names of a method's lift in a lift table. */
  static String[] columns(Method method) {
    if (method == Method.ATTENTION) {
      return new String[] {"attention_lift", "ci_low", "ci_high"};
    }
    String p = method.tableName();
    return new String[] {p + "_lift", p + "_ci_low", p + "_ci_high"};
  }

  /** A series of one method's bars over the given rows. */
  static BarChart.Series series(String name, TableData t, List<Integer> rows, Method method) {
    String[] c = columns(method);
    List<BarChart.Bar> bars = new ArrayList<>();
    for (int r : rows) {
      bars.add(bar(t, r, c[0], c[1], c[2]));
    }
    return new BarChart.Series(name, bars);
  }

  private static double abs(double x) {
    return Double.isNaN(x) ? -1 : Math.abs(x);
  }

  private static double key(double x) {
    return Double.isNaN(x) ? Double.NEGATIVE_INFINITY : x;
  }
}

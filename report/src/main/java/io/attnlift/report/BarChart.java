package io.attnlift.report;

import java.util.List;

/**
 * Horizontal bar charts with interval whiskers, rendered as inline SVG: one panel per series side
 * by side (methods compared row by row), or one panel with the series grouped per row.
 */
final class BarChart {
  private static final double TOP = 34;
  private static final double BOTTOM = 46;
  /** The default width of one panel's plot area. */
  static final double PANEL = 260;
  private static final double GAP = 44;
  private static final int MAX_LABEL = 34;

  /** One bar: its value and interval (NaN ends draw no whisker). */
  record Bar(double value, double lo, double hi) {}

  /** A named series with one bar per row label. */
  record Series(String name, List<Bar> bars) {}

  private BarChart() {}

  /**
   * One panel per series, side by side, sharing the row labels; each panel has its own axis and
   * {@code unit} titles them all once, below.
   */
  static String panels(String title, List<String> labels, List<Series> series, String unit,
      double panel) {
    double row = 22;
    double labelW = labelWidth(labels);
    double width = labelW + series.size() * (panel + GAP) - GAP + 16;
    double height = TOP + labels.size() * row + BOTTOM;
    Svg svg = new Svg(width, height, title);
    rowLabels(svg, labels, labelW, row);
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      double x0 = labelW + i * (panel + GAP);
      Axis axis = axisFor(List.of(s), x0, x0 + panel);
      frame(svg, axis, labels.size() * row, null);
      svg.text(x0 + panel / 2, 16, "middle", "panel-title", s.name());
      for (int j = 0; j < labels.size(); j++) {
        bar(svg, axis, s.bars().get(j), TOP + j * row + 4, row - 8, Palette.of(s.name()),
            labels.get(j));
      }
    }
    svg.text((labelW + width) / 2, TOP + labels.size() * row + 34, "middle", "axis-title", unit);
    return svg.close();
  }

  /** One panel; each row holds one bar per series, with a legend above. */
  static String grouped(String title, List<String> labels, List<Series> series, String unit) {
    double sub = 12;
    double row = sub * series.size() + 10;
    double labelW = labelWidth(labels);
    double width = labelW + 2 * PANEL + GAP + 16;
    double height = TOP + labels.size() * row + BOTTOM;
    Svg svg = new Svg(width, height, title);
    rowLabels(svg, labels, labelW, row);
    Axis axis = axisFor(series, labelW, labelW + 2 * PANEL);
    frame(svg, axis, labels.size() * row, unit);
    double lx = labelW;
    for (Series s : series) {
      svg.rect(lx, 8, 12, 12, Palette.of(s.name()), null);
      svg.text(lx + 16, 18, "start", "legend", s.name());
      lx += 24 + 7 * s.name().length();
    }
    for (int j = 0; j < labels.size(); j++) {
      for (int k = 0; k < series.size(); k++) {
        Series s = series.get(k);
        double y = TOP + j * row + 5 + k * sub;
        bar(svg, axis, s.bars().get(j), y, sub - 2, Palette.of(s.name()),
            labels.get(j) + " (" + s.name() + ")");
      }
    }
    return svg.close();
  }

  private static double labelWidth(List<String> labels) {
    int longest = labels.stream().mapToInt(l -> Math.min(MAX_LABEL, l.length())).max().orElse(4);
    return 16 + 6.6 * longest;
  }

  private static void rowLabels(Svg svg, List<String> labels, double labelW, double row) {
    for (int j = 0; j < labels.size(); j++) {
      String l = labels.get(j);
      svg.text(labelW - 8, TOP + j * row + row / 2 + 4, "end", "row-label",
          Names.label(l, MAX_LABEL), Names.title(l));
    }
  }

  private static Axis axisFor(List<Series> series, double from, double to) {
    double lo = 0;
    double hi = 0;
    for (Series s : series) {
      for (Bar b : s.bars()) {
        for (double v : new double[] {b.value(), b.lo(), b.hi()}) {
          if (!Double.isNaN(v) && !Double.isInfinite(v)) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
          }
        }
      }
    }
    return Axis.nice(lo, hi, from, to);
  }

  private static void frame(Svg svg, Axis axis, double plotH, String unit) {
    double bottom = TOP + plotH;
    for (double t : axis.ticks()) {
      double x = axis.at(t);
      svg.line(x, TOP, x, bottom, t == 0 ? "zero" : "grid");
      svg.text(x, bottom + 14, "middle", "tick", axis.label(t));
    }
    svg.line(axis.at(axis.lo), bottom, axis.at(axis.hi), bottom, "axis");
    if (unit != null) {
      svg.text((axis.at(axis.lo) + axis.at(axis.hi)) / 2, bottom + 34, "middle", "axis-title",
          unit);
    }
  }

  private static void bar(Svg svg, Axis axis, Bar b, double y, double h, String color,
      String label) {
    if (Double.isNaN(b.value())) {
      svg.text(axis.at(0) + 4, y + h - 1, "start", "tick", Fmt.NA);
      return;
    }
    double x0 = axis.at(0);
    double x1 = axis.at(b.value());
    String tip = Names.title(label) + ": " + Fmt.liftCi(b.value(), b.lo(), b.hi());
    svg.rect(Math.min(x0, x1), y, Math.abs(x1 - x0), h, color, tip);
    if (!Double.isNaN(b.lo()) && !Double.isNaN(b.hi())) {
      double mid = y + h / 2;
      double a = axis.at(b.lo());
      double c = axis.at(b.hi());
      svg.line(a, mid, c, mid, "whisker");
      svg.line(a, mid - h / 2, a, mid + h / 2, "whisker");
      svg.line(c, mid - h / 2, c, mid + h / 2, "whisker");
    }
  }
}

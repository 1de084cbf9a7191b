package io.attnlift.report;

import java.util.ArrayList;
import java.util.List;

/** Line charts (ROC, calibration, training and deletion curves) rendered as inline SVG. */
final class LineChart {
  private static final double W = 460;
  private static final double H = 320;
  private static final double LEFT = 60;
  private static final double RIGHT = 16;
  private static final double BOTTOM = 46;

  /**
   * A named line; {@code markers} draws a dot with a tooltip at every point.
   *
   * @param points (x, y) in data units
   */
  record Series(String name, String color, List<double[]> points, boolean dashed,
      boolean markers) {}

  private LineChart() {}

  /**
   * Renders the chart; a null domain is fitted to the data; {@code diagonal} draws y = x dashed
   * (the chance line of a ROC curve, perfect calibration).
   */
  static String render(String title, String xLabel, String yLabel, double[] xDomain,
      double[] yDomain, List<Series> series, boolean diagonal) {
    List<double[]> legend = legend(series);
    double top = 14 + legend.stream().mapToDouble(p -> p[1]).max().orElse(0);
    Svg svg = new Svg(W, H + top, title);
    Axis x = domain(xDomain, series, 0, LEFT, W - RIGHT);
    Axis y = domain(yDomain, series, 1, top + H - BOTTOM, top);
    axes(svg, x, y, top, xLabel, yLabel);
    if (diagonal) {
      double lo = Math.max(x.lo, y.lo);
      double hi = Math.min(x.hi, y.hi);
      svg.line(x.at(lo), y.at(lo), x.at(hi), y.at(hi), "reference");
    }
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      double lx = legend.get(i)[0];
      double ly = legend.get(i)[1];
      svg.line(lx, ly - 4, lx + 18, ly - 4, "legend-line");
      svg.rect(lx, ly - 6, 18, 4, s.color(), null);
      svg.text(lx + 22, ly, "start", "legend", s.name());
      List<double[]> px = s.points().stream()
          .filter(p -> !Double.isNaN(p[0]) && !Double.isNaN(p[1]))
          .map(p -> new double[] {x.at(p[0]), y.at(p[1])})
          .toList();
      svg.polyline(px, s.color(), s.dashed());
      if (s.markers()) {
        for (double[] p : s.points()) {
          if (!Double.isNaN(p[0]) && !Double.isNaN(p[1])) {
            svg.circle(x.at(p[0]), y.at(p[1]), 3, s.color(),
                s.name() + ": " + x.label(p[0]) + ", " + Fmt.num(p[1], 4));
          }
        }
      }
    }
    return svg.close();
  }

  /** The (x, baseline y) of each legend entry, wrapped to the chart's width. */
  private static List<double[]> legend(List<Series> series) {
    List<double[]> out = new ArrayList<>();
    double x = LEFT;
    double y = 14;
    for (Series s : series) {
      double w = 30 + 6.8 * s.name().length();
      if (x > LEFT && x + w > W - RIGHT) {
        x = LEFT;
        y += 18;
      }
      out.add(new double[] {x, y});
      x += w + 12;
    }
    return out;
  }

  private static Axis domain(double[] fixed, List<Series> series, int dim, double from,
      double to) {
    if (fixed != null) {
      return new Axis(fixed[0], fixed[1], from, to);
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Series s : series) {
      for (double[] p : s.points()) {
        if (!Double.isNaN(p[dim])) {
          lo = Math.min(lo, p[dim]);
          hi = Math.max(hi, p[dim]);
        }
      }
    }
    if (lo > hi) {
      lo = 0;
      hi = 1;
    }
    return Axis.nice(lo, hi, from, to);
  }

  private static void axes(Svg svg, Axis x, Axis y, double top, String xLabel, String yLabel) {
    double bottom = top + H - BOTTOM;
    for (double t : x.ticks()) {
      svg.line(x.at(t), top, x.at(t), bottom, "grid");
      svg.text(x.at(t), bottom + 14, "middle", "tick", x.label(t));
    }
    for (double t : y.ticks()) {
      svg.line(LEFT, y.at(t), W - RIGHT, y.at(t), t == 0 ? "zero" : "grid");
      svg.text(LEFT - 6, y.at(t) + 4, "end", "tick", y.label(t));
    }
    svg.line(LEFT, bottom, W - RIGHT, bottom, "axis");
    svg.line(LEFT, top, LEFT, bottom, "axis");
    svg.text((LEFT + W - RIGHT) / 2, bottom + 34, "middle", "axis-title", xLabel);
    svg.vtext(16, (top + bottom) / 2, "axis-title", yLabel);
  }
}

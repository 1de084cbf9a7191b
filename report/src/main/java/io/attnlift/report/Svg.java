package io.attnlift.report;

import java.util.List;
import java.util.Locale;

/**
 * A small SVG writer for the report's charts: every text node and attribute value that may come
 * from data goes through {@link #esc}, so a store or event name can never become markup.
 */
final class Svg {
  private final StringBuilder b = new StringBuilder();

  /** Opens a chart of the given size; {@code title} is its accessible name. */
  Svg(double width, double height, String title) {
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ")
        .append(n(width)).append(' ').append(n(height))
        .append("\" width=\"").append(n(width)).append("\" height=\"").append(n(height))
        .append("\" role=\"img\" aria-label=\"").append(esc(title)).append("\">")
        .append("<title>").append(esc(title)).append("</title>");
  }

  /** Escapes text for an SVG/HTML text node or a quoted attribute. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder o = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> o.append("&amp;");
        case '<' -> o.append("&lt;");
        case '>' -> o.append("&gt;");
        case '"' -> o.append("&quot;");
        case '\'' -> o.append("&#39;");
        default -> o.append(c < 0x20 && c != '\t' ? ' ' : c);
      }
    }
    return o.toString();
  }

  static String n(double x) {
    return String.format(Locale.ROOT, "%.1f", x);
  }

  /** A text; {@code anchor} is start, middle or end; {@code full} (may be null) is a tooltip. */
  Svg text(double x, double y, String anchor, String cls, String text, String full) {
    b.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y))
        .append("\" text-anchor=\"").append(anchor).append("\" class=\"").append(cls)
        .append("\">");
    if (full != null) {
      b.append("<title>").append(esc(full)).append("</title>");
    }
    b.append(esc(text)).append("</text>");
    return this;
  }

  Svg text(double x, double y, String anchor, String cls, String text) {
    return text(x, y, anchor, cls, text, null);
  }

  /** A vertical text (a y-axis title), centred on (x, y). */
  Svg vtext(double x, double y, String cls, String text) {
    b.append("<text transform=\"translate(").append(n(x)).append(',').append(n(y))
        .append(") rotate(-90)\" text-anchor=\"middle\" class=\"").append(cls).append("\">")
        .append(esc(text)).append("</text>");
    return this;
  }

  Svg line(double x1, double y1, double x2, double y2, String cls) {
    b.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1))
        .append("\" x2=\"").append(n(x2)).append("\" y2=\"").append(n(y2))
        .append("\" class=\"").append(cls).append("\"/>");
    return this;
  }

  /** A filled rectangle; {@code color} is one of the report's palette constants. */
  Svg rect(double x, double y, double w, double h, String color, String tooltip) {
    b.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y))
        .append("\" width=\"").append(n(Math.max(w, 0))).append("\" height=\"")
        .append(n(Math.max(h, 0))).append("\" fill=\"").append(color).append("\">");
    if (tooltip != null) {
      b.append("<title>").append(esc(tooltip)).append("</title>");
    }
    b.append("</rect>");
    return this;
  }

  /** A polyline through the points; {@code dashed} for reference and random lines. */
  Svg polyline(List<double[]> pts, String color, boolean dashed) {
    b.append("<polyline fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"2\"");
    if (dashed) {
      b.append(" stroke-dasharray=\"5 4\"");
    }
    b.append(" points=\"");
    for (double[] p : pts) {
      b.append(n(p[0])).append(',').append(n(p[1])).append(' ');
    }
    b.append("\"/>");
    return this;
  }

  Svg circle(double x, double y, double r, String color, String tooltip) {
    b.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y))
        .append("\" r=\"").append(n(r)).append("\" fill=\"").append(color).append("\">");
    if (tooltip != null) {
      b.append("<title>").append(esc(tooltip)).append("</title>");
    }
    b.append("</circle>");
    return this;
  }

  /** Closes the chart and returns its markup. */
  String close() {
    return b.append("</svg>").toString();
  }
}

package io.attnlift.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A Markdown table built row by row, with numbers formatted for reading. */
public final class Markdown {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  public Markdown(String... header) {
    this.header = List.of(header);
  }

  /** Adds a row; values are formatted with {@link #cell(Object)}. */
  public Markdown row(Object... values) {
    if (values.length != header.size()) {
      throw new IllegalArgumentException(
          "row has " + values.length + " cells, header has " + header.size());
    }
    List<String> r = new ArrayList<>();
    for (Object v : values) {
      r.add(cell(v));
    }
    rows.add(r);
    return this;
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The table as Markdown, ending with a newline. */
  public String render() {
    StringBuilder sb = new StringBuilder();
    line(sb, header);
    List<String> rule = new ArrayList<>();
    header.forEach(h -> rule.add("---"));
    line(sb, rule);
    rows.forEach(r -> line(sb, r));
    return sb.toString();
  }

  private static void line(StringBuilder sb, List<String> cells) {
    sb.append("| ").append(String.join(" | ", cells)).append(" |\n");
  }

  /**
   * A value as a cell: null as an em dash, whole numbers without decimals, others with three
   * significant decimals (at most), text with pipes escaped.
   */
  public static String cell(Object v) {
    if (v == null) {
      return "—";
    }
    if (v instanceof Double || v instanceof Float) {
      return number(((Number) v).doubleValue());
    }
    return v.toString().replace("|", "\\|").replace("\n", " ");
  }

  /** A number with as many decimals as make three significant digits below 100, none above. */
  public static String number(double d) {
    if (!Double.isFinite(d)) {
      return "—";
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return String.format(Locale.ROOT, "%d", (long) d);
    }
    double a = Math.abs(d);
    int decimals = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
    return String.format(Locale.ROOT, "%." + decimals + "f", d);
  }
}

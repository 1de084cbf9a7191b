package io.attnlift.report;

/**
 * Names from the data (stores, tags, categories, events, discovery features) as the report shows
 * them, never changed where they are kept (the tables, the CSV downloads, summary.json): at most
 * {@link #MAX} characters, the rest replaced by an ellipsis with the whole name in a tooltip, so
 * a 5,000-character name cannot push a table off the screen; isolated from the text around them
 * ({@code <bdi dir="auto">} in HTML, the Unicode isolates FSI…PDI in chart labels), so a
 * right-to-left name reads as it should and reorders nothing beside it; and with bidirectional
 * control characters shown as {@code [U+202E]}, so an override cannot reverse how a name reads.
 */
final class Names {
  /** The most characters (code points) of a name shown in a table cell or chart label. */
  static final int MAX = 40;
  /** The most characters of a name a tooltip holds. */
  static final int MAX_TITLE = 10_000;
  private static final String FSI = "\u2068";
  private static final String PDI = "\u2069";

  private Names() {}

  /** A name as escaped HTML: {@code <bdi dir="auto" [title="whole name"]>shown</bdi>}. */
  static String html(String name) {
    if (name == null) {
      return Svg.esc(Fmt.NA);
    }
    String visible = visible(name);
    String shown = cut(visible, MAX);
    String title = shown.equals(visible) && visible.equals(name) ? ""
        : " title=\"" + Svg.esc(cut(visible, MAX_TITLE)) + "\"";
    return "<bdi dir=\"auto\"" + title + ">" + Svg.esc(shown) + "</bdi>";
  }

  /** A name as plain text for a chart label: at most {@code max} characters, isolated. */
  static String label(String name, int max) {
    return FSI + cut(visible(name), max) + PDI;
  }

  /** The whole name for a tooltip: controls visible, at most {@link #MAX_TITLE} characters. */
  static String title(String name) {
    return cut(visible(name), MAX_TITLE);
  }

  /** Text holding names (an insight's sentence): bidirectional controls shown, nothing cut. */
  static String inline(String text) {
    return text == null ? null : visible(text);
  }

  /** Whether a code point is a bidirectional formatting character (embedding, override, isolate, mark). */
  static boolean bidiControl(int c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E
        || c == 0x200F || c == 0x061C;
  }

  private static String visible(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      if (bidiControl(c)) {
        b.append(String.format("[U+%04X]", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return b.toString();
  }

  private static String cut(String s, int max) {
    if (s.codePointCount(0, s.length()) <= max) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, max - 1)) + "\u2026";
  }
}

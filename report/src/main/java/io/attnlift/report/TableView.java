package io.attnlift.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table for the template: headers, at most {@link #MAX_ROWS} rows of formatted cells (a screen),
 * and a link to the full table as CSV when rows were left out. Numeric cells are plain text,
 * escaped by the template; text cells (names from the data) are shown through
 * {@link Names#html}: shortened, isolated, escaped.
 */
final class TableView {
  /** The most rows a table shows; the rest are in the linked CSV. */
  static final int MAX_ROWS = 15;

  private final List<Map<String, Object>> headers = new ArrayList<>();
  private final List<Map<String, Object>> rows = new ArrayList<>();
  private int total;

  /**
   * Adds columns; a header starting with '#' is numeric (right-aligned), one starting with '~' a
   * sentence holding names (shown whole, controls visible, escaped), the mark dropped.
   */
  TableView(String... headers) {
    for (String h : headers) {
      boolean num = h.startsWith("#");
      boolean sentence = h.startsWith("~");
      this.headers.add(Map.of("name", num || sentence ? h.substring(1) : h, "num", num,
          "sentence", sentence));
    }
  }

  /** Adds a row (kept only while fewer than MAX_ROWS are shown); cells as the headers. */
  TableView row(String... cells) {
    total++;
    if (rows.size() >= MAX_ROWS) {
      return this;
    }
    List<Map<String, Object>> cs = new ArrayList<>();
    for (int i = 0; i < cells.length; i++) {
      boolean num = (Boolean) headers.get(i).get("num");
      String v = cells[i] == null ? Fmt.NA : cells[i];
      boolean sentence = (Boolean) headers.get(i).get("sentence");
      String html = sentence ? Svg.esc(Names.inline(v)) : Names.html(cells[i]);
      cs.add(num ? Map.of("v", v, "num", true) : Map.of("v", v, "num", false, "html", html));
    }
    rows.add(Map.of("cells", cs));
    return this;
  }

  /** Declares how many rows the full table has (when rows were filtered before adding). */
  TableView total(int n) {
    total = Math.max(total, n);
    return this;
  }

  /** The view: caption, headers, rows, and the CSV link with the full count when truncated. */
  Map<String, Object> view(String caption, String csvHref) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("caption", caption);
    v.put("headers", headers);
    v.put("rows", rows);
    v.put("empty", rows.isEmpty());
    v.put("shown", rows.size());
    v.put("total", total);
    v.put("truncated", total > rows.size());
    v.put("csv", csvHref);
    return v;
  }
}

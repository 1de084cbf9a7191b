package io.attnlift.workflows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's HTML without what differs between two runs of the same pipeline on the same data:
 * its generation time, and the cells of its timing columns (training seconds, inference speed).
 * Everything else, every number of every table and chart, is kept.
 */
final class ReportNumbers {
  /** The headers of the timing columns. */
  static final Set<String> TIMING_COLUMNS = Set.of("Train time (s)", "Inference (seq/s)");

  private static final Pattern TABLE = Pattern.compile("(?s)<table>.*?</table>");
  private static final Pattern HEAD = Pattern.compile("(?s)<thead>(.*?)</thead>");
  private static final Pattern HEADER = Pattern.compile("(?s)<th[^>]*>(.*?)</th>");
  private static final Pattern ROW = Pattern.compile("(?s)<tr>(.*?)</tr>");
  private static final Pattern CELL = Pattern.compile("(?s)<td[^>]*>.*?</td>");

  private ReportNumbers() {}

  static String withoutTimings(String html) {
    String out = html.replaceAll("generated \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z", "generated (time)");
    Matcher t = TABLE.matcher(out);
    StringBuilder sb = new StringBuilder();
    while (t.find()) {
      t.appendReplacement(sb, Matcher.quoteReplacement(blankTimingCells(t.group())));
    }
    t.appendTail(sb);
    return sb.toString();
  }

  /** How many timing cells a report has (so that a test sees it blanked some). */
  static int timingCells(String html) {
    int n = 0;
    Matcher t = TABLE.matcher(html);
    while (t.find()) {
      n += timingColumns(t.group()).isEmpty() ? 0
          : timingColumns(t.group()).size() * (count(ROW, t.group()) - 1);
    }
    return n;
  }

  private static String blankTimingCells(String table) {
    Set<Integer> timing = timingColumns(table);
    if (timing.isEmpty()) {
      return table;
    }
    Matcher r = ROW.matcher(table);
    StringBuilder sb = new StringBuilder();
    while (r.find()) {
      Matcher c = CELL.matcher(r.group(1));
      StringBuilder row = new StringBuilder();
      int i = 0;
      while (c.find()) {
        c.appendReplacement(row, Matcher.quoteReplacement(
            timing.contains(i++) ? "<td>(timing)</td>" : c.group()));
      }
      c.appendTail(row);
      r.appendReplacement(sb, Matcher.quoteReplacement("<tr>" + row + "</tr>"));
    }
    r.appendTail(sb);
    return sb.toString();
  }

  private static Set<Integer> timingColumns(String table) {
    List<String> headers = new ArrayList<>();
    Matcher head = HEAD.matcher(table);
    Matcher h = HEADER.matcher(head.find() ? head.group(1) : "");
    while (h.find()) {
      headers.add(h.group(1).strip());
    }
    Set<Integer> out = new TreeSet<>();
    for (int i = 0; i < headers.size(); i++) {
      if (TIMING_COLUMNS.contains(headers.get(i))) {
        out.add(i);
      }
    }
    return out;
  }

  private static int count(Pattern p, String text) {
    Matcher m = p.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}

package io.attnlift.extract;

import io.attnlift.common.StageException;
import io.attnlift.common.warehouse.DuckDb;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * A CSV export, read by DuckDB with its dialect stated rather than sniffed (comma, or tab for
 * {@code .tsv}; double quotes, doubled to escape; the header's names; every value text; strict
 * rows), and checked whole before anything is sampled, so a bad line anywhere is found with its
 * number: a row with too few or too many fields, a quote that never closes, a line longer than
 * {@link #MAX_LINE_BYTES}, text that is not UTF-8. The message names the file, the line and the
 * cause, in this stage's words (never an option of DuckDB's the CLI does not have).
 */
final class CsvExport {
  /** The longest line an events export may hold: one event is far less; more is a broken file. */
  static final int MAX_LINE_BYTES = 1 << 20;

  private static final Pattern LINE = Pattern.compile("CSV Error on Line: (\\d+)");
  private static final Pattern FIELDS =
      Pattern.compile("Expected Number of Columns: (\\d+) Found: (\\d+)");
  private static final Pattern SIZE = Pattern.compile("Actual Size: ?(\\d+) bytes");
  private static final Pattern ORIGINAL = Pattern.compile("Original Line: ?\\n?([^\\n]*)");

  private final Path file;
  private final char delimiter;
  private final List<String> header;

  private CsvExport(Path file, char delimiter, List<String> header) {
    this.file = file;
    this.delimiter = delimiter;
    this.header = header;
  }

  /** Reads the export's header line; a missing, empty or repeated column name is bad input. */
  static CsvExport of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    char delimiter = name.endsWith(".tsv") || name.endsWith(".tsv.gz") ? '\t' : ',';
    List<String> header = fields(firstLine(file), delimiter);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i);
      if (h.isBlank()) {
        throw StageException.badInput("events file %s, line 1: header field %d is empty; every"
            + " column needs a name", file, i + 1);
      }
      if (!seen.add(h.toUpperCase(Locale.ROOT))) {
        throw StageException.badInput("events file %s, line 1: the header names column %s"
            + " twice", file, FileSource.shown(h));
      }
    }
    return new CsvExport(file, delimiter, header);
  }

  /** DuckDB's reader of the export, every column as text. */
  String reader() {
    StringBuilder cols = new StringBuilder();
    for (String h : header) {
      cols.append(cols.length() == 0 ? "" : ", ").append(DuckDb.literal(h)).append(": 'VARCHAR'");
    }
    return "read_csv(" + DuckDb.literal(file.toAbsolutePath().toString())
        + ", auto_detect = false, header = true, delim = " + DuckDb.literal(String.valueOf(
            delimiter)) + ", quote = '\"', escape = '\"', strict_mode = true, max_line_size = "
        + MAX_LINE_BYTES + ", columns = {" + cols + "})";
  }

  /**
   * Reads the whole export once, so a bad line is found before sampling, with its number. It is
   * a statement without a result set: a streamed result would lose DuckDB's message.
   */
  void check(Connection c, String view) {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TEMP TABLE attnlift_csv_check AS SELECT COUNT(*) AS n FROM " + view);
      s.execute("DROP TABLE attnlift_csv_check");
    } catch (SQLException e) {
      throw refusal(e.getMessage());
    }
  }

  /** DuckDB's CSV error in this stage's words. */
  StageException refusal(String duck) {
    String msg = duck == null ? "" : duck;
    Matcher line = LINE.matcher(msg);
    String at = line.find() ? ", line " + line.group(1) : "";
    Matcher fields = FIELDS.matcher(msg);
    Matcher size = SIZE.matcher(msg);
    String why;
    if (fields.find()) {
      why = String.format("%s fields where the header has %s: %s", fields.group(2),
          fields.group(1), FileSource.shown(original(msg)));
    } else if (msg.contains("unterminated quote")) {
      why = "a quoted value opens on this line and is never closed (a quote inside a value is"
          + " written twice: \"\")";
    } else if (size.find()) {
      why = String.format("the line is %,d bytes long, more than the %,d an events export's line"
          + " may hold%s; is a quote left open, or is this not an events export?",
          Long.parseLong(size.group(1)), MAX_LINE_BYTES, longest(original(msg)));
    } else if (msg.toLowerCase(Locale.ROOT).contains("unicode")) {
      why = "the text is not UTF-8; export the file as UTF-8";
    } else {
      why = msg.lines().findFirst().orElse(msg).replaceFirst("^[A-Za-z ]*Error: ", "");
    }
    return StageException.badInput("events file %s%s: %s", file, at, why);
  }

  private static String original(String msg) {
    Matcher m = ORIGINAL.matcher(msg);
    return m.find() ? m.group(1) : "";
  }

  /** Which column of a too-long line (as DuckDB quotes it: cut short) holds the long value. */
  private String longest(String line) {
    List<String> values = fields(line, delimiter);
    int best = -1;
    for (int i = 0; i < values.size() && i < header.size(); i++) {
      if (best < 0 || values.get(i).length() > values.get(best).length()) {
        best = i;
      }
    }
    return best < 0 || values.get(best).length() < 1000 ? ""
        : " (the long value is in column " + FileSource.shown(header.get(best)) + ")";
  }

  private static String firstLine(Path file) {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().toLowerCase(Locale.ROOT).endsWith(".gz")
            ? new GZIPInputStream(raw) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in,
            StandardCharsets.UTF_8))) {
      StringBuilder b = new StringBuilder();
      boolean quoted = false;
      for (int ch = r.read(); ch >= 0 && b.length() <= MAX_LINE_BYTES; ch = r.read()) {
        if (ch == '"') {
          quoted = !quoted;
        } else if ((ch == '\n' || ch == '\r') && !quoted) {
          break;
        }
        b.append((char) ch);
      }
      String line = b.toString().replaceFirst("^\uFEFF", "");
      if (line.isBlank()) {
        throw StageException.badInput("events file %s has no header line: a CSV export starts"
            + " with the column names", file);
      }
      return line;
    } catch (IOException e) {
      throw StageException.badInput("cannot read events file %s: %s", file, e.getMessage());
    }
  }

  /** The fields of one CSV line: quoted fields may hold the delimiter and doubled quotes. */
  static List<String> fields(String line, char delimiter) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          b.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (ch == delimiter && !quoted) {
        out.add(b.toString());
        b.setLength(0);
      } else {
        b.append(ch);
      }
    }
    out.add(b.toString());
    return out;
  }
}

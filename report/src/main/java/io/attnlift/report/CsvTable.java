package io.attnlift.report;

import io.attnlift.common.StageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV table as the attribute stage writes it (RFC 4180 quoting, a header row, {@code .} as the
 * decimal point, an empty cell for null), read whole, with typed access that names the file, row
 * and column of a bad value.
 */
public final class CsvTable {
  private final Path file;
  private final List<String> header;
  private final Map<String, Integer> index = new HashMap<>();
  private final List<List<String>> rows;

  private CsvTable(Path file, List<String> header, List<List<String>> rows) {
    this.file = file;
    this.header = header;
    this.rows = rows;
    for (int i = 0; i < header.size(); i++) {
      index.put(header.get(i), i);
    }
  }

  /** Reads a table and checks that it has every required column (extra columns are fine). */
  public static CsvTable read(Path file, List<String> required) {
    if (!Files.isRegularFile(file)) {
      throw StageException.badInput("missing input file: %s does not exist", file);
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw StageException.badInput("cannot read %s: %s", file, e.getMessage());
    }
    List<List<String>> records = parse(text, file);
    if (records.isEmpty()) {
      throw StageException.badInput("%s is empty: expected a header row", file);
    }
    CsvTable t = new CsvTable(file, records.get(0), records.subList(1, records.size()));
    for (String c : required) {
      if (!t.index.containsKey(c)) {
        throw StageException.badInput(
            "%s has no column '%s' (columns: %s)", file, c, String.join(", ", t.header));
      }
    }
    for (int r = 0; r < t.rows.size(); r++) {
      if (t.rows.get(r).size() != t.header.size()) {
        throw StageException.badInput(
            "%s row %d has %d cells, the header has %d",
            file, r + 2, t.rows.get(r).size(), t.header.size());
      }
    }
    return t;
  }

  /** Splits RFC 4180 text into records; quoted cells may hold commas, quotes and line breaks. */
  static List<List<String>> parse(String text, Path file) {
    List<List<String>> out = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        any = true;
      } else if (c == ',') {
        record.add(cell.toString());
        cell.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || cell.length() > 0) {
          record.add(cell.toString());
          out.add(record);
        }
        record = new ArrayList<>();
        cell.setLength(0);
        any = false;
      } else {
        cell.append(c);
        any = true;
      }
    }
    if (quoted) {
      throw StageException.badInput("%s ends inside a quoted cell", file);
    }
    if (any || cell.length() > 0) {
      record.add(cell.toString());
      out.add(record);
    }
    return out;
  }

  public Path file() {
    return file;
  }

  public int size() {
    return rows.size();
  }

  public boolean has(String column) {
    return index.containsKey(column);
  }

  /** The cell as text; an empty cell (null) is returned as the empty string. */
  public String str(int row, String column) {
    Integer i = index.get(column);
    if (i == null) {
      throw StageException.badInput("%s has no column '%s'", file, column);
    }
    return rows.get(row).get(i);
  }

  /** The cell as a number; an empty cell (null) is NaN. */
  public double num(int row, String column) {
    String s = str(row, column).trim();
    if (s.isEmpty() || s.equalsIgnoreCase("nan")) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw StageException.badInput(
          "%s row %d column '%s': '%s' is not a number", file, row + 2, column, s);
    }
  }

  /** The cell as a number, or NaN when the column is absent (an optional column). */
  public double numOrNaN(int row, String column) {
    return has(column) ? num(row, column) : Double.NaN;
  }

  /** The cell as a boolean ({@code true}/{@code false}, case-insensitive; empty is false). */
  public boolean bool(int row, String column) {
    String s = str(row, column).trim();
    if (s.isEmpty() || s.equalsIgnoreCase("false") || s.equals("0")) {
      return false;
    }
    if (s.equalsIgnoreCase("true") || s.equals("1")) {
      return true;
    }
    throw StageException.badInput(
        "%s row %d column '%s': '%s' is not true or false", file, row + 2, column, s);
  }
}

package io.attnlift.extract;

import io.attnlift.common.StageException;
import io.attnlift.common.warehouse.DuckDb;
import io.attnlift.common.warehouse.Identifiers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * A CSV or Parquet export of the events table, read through an in-memory DuckDB so an analyst can
 * run the pipeline on a download. CSV is read as text (ids keep their leading zeros); timestamps
 * and booleans stored as text are parsed, and a value that does not parse is bad input.
 */
public final class FileSource {
  /** The typed view the queries read. */
  static final String VIEW = "EVENTS_EXPORT";
  private static final String RAW = "EVENTS_EXPORT_RAW";

  private FileSource() {}

  /** Opens the export; a missing file, column or unparseable value is bad input (exit 2). */
  public static EventSource open(Path file, Columns columns) {
    if (!Files.isRegularFile(file)) {
      throw StageException.badInput("events file %s does not exist", file);
    }
    Connection c = DuckDbSource.connect("jdbc:duckdb:", new Properties(), "in-memory");
    try (Statement s = c.createStatement()) {
      s.execute("CREATE VIEW " + RAW + " AS SELECT * FROM " + reader(file));
      Map<String, String> types = types(c, file);
      List<String> replace = new ArrayList<>();
      parsed(c, file, types, columns.name("EVENT_TS"), "TIMESTAMPTZ", replace);
      parsed(c, file, types, columns.name("IS_NV"), "BOOLEAN", replace);
      String select = replace.isEmpty() ? "*" : "* REPLACE (" + String.join(", ", replace) + ")";
      s.execute("CREATE VIEW " + VIEW + " AS SELECT " + select + " FROM " + RAW);
    } catch (SQLException e) {
      DuckDbSource.closeAfter(c, e);
      throw StageException.badInput("cannot read events file %s: %s", file, e.getMessage());
    } catch (RuntimeException e) {
      DuckDbSource.closeAfter(c, e);
      throw e;
    }
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("kind", "file");
    d.put("file", file.toString());
    return new EventSource(Dialect.DUCKDB, c, VIEW, d, false);
  }

  private static String reader(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String path = DuckDb.literal(file.toAbsolutePath().toString());
    if (name.endsWith(".parquet") || name.endsWith(".pq")) {
      return "read_parquet(" + path + ")";
    }
    if (name.endsWith(".csv") || name.endsWith(".csv.gz") || name.endsWith(".tsv")) {
      return "read_csv(" + path + ", header = true, all_varchar = true)";
    }
    throw StageException.badInput(
        "events file %s: unknown format; use a .csv (with a header) or .parquet export", file);
  }

  /** Column types by upper-case name. */
  private static Map<String, String> types(Connection c, Path file) throws SQLException {
    Map<String, String> types = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM " + RAW)) {
      while (rs.next()) {
        types.put(rs.getString(1).toUpperCase(Locale.ROOT), rs.getString(2));
      }
    }
    return types;
  }

  /**
   * When {@code column} is text, checks that every value parses as {@code type} and adds the
   * cast to {@code replace}; a missing column is left to the schema check, which names it.
   */
  private static void parsed(Connection c, Path file, Map<String, String> types, String column,
      String type, List<String> replace) throws SQLException {
    String found = types.get(column.toUpperCase(Locale.ROOT));
    if (found == null || !found.equals("VARCHAR")) {
      return;
    }
    String col = Identifiers.quote(column, false);
    String bad = "FROM " + RAW + " WHERE " + col + " IS NOT NULL AND TRY_CAST(" + col + " AS "
        + type + ") IS NULL";
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(
            "SELECT (SELECT COUNT(*) " + bad + "), (SELECT " + col + " " + bad + " LIMIT 1)")) {
      rs.next();
      long n = rs.getLong(1);
      if (n > 0) {
        throw StageException.badInput(
            "events file %s: %d value(s) of column %s do not parse as %s, e.g. '%s'",
            file, n, column, type.equals("BOOLEAN") ? "a boolean" : "a timestamp",
            shown(rs.getString(2)));
      }
    }
    replace.add("TRY_CAST(" + col + " AS " + type + ") AS " + col);
  }

  /** A value from the data, safe to print: control characters escaped, at most 60 characters. */
  static String shown(String value) {
    StringBuilder b = new StringBuilder();
    value.codePoints().limit(60).forEach(c -> {
      if (Character.isISOControl(c)) {
        b.append(String.format("\\u%04x", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return value.codePointCount(0, value.length()) > 60 ? b + "..." : b.toString();
  }
}

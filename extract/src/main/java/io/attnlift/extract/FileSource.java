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
 * run the pipeline on a download. CSV is read as text (ids keep their leading zeros) with its
 * dialect stated and checked whole first ({@link CsvExport}); timestamps (or epoch numbers) and
 * booleans stored as text are parsed, and a value that does not parse is bad input. The column
 * mapping (names, constants, sessions, epoch times) is applied by {@link Dialect}, as for a
 * warehouse table.
 */
public final class FileSource {
  /** The typed view the queries read. */
  static final String VIEW = "EVENTS_EXPORT";
  private static final String RAW = "EVENTS_EXPORT_RAW";

  private FileSource() {}

  /** Opens the export; a missing file, column or unparseable value is bad input (exit 2). */
  public static EventSource open(Path file, Columns columns) {
    if (Files.isDirectory(file)) {
      throw StageException.badInput("events file %s is a directory: give the CSV or Parquet"
          + " export itself", file);
    }
    if (!Files.isRegularFile(file)) {
      throw StageException.badInput("events file %s does not exist", file);
    }
    CsvExport csv = isParquet(file) ? null : CsvExport.of(checkFormat(file));
    Connection c = DuckDbSource.connect("jdbc:duckdb:", new Properties(), "in-memory");
    try (Statement s = c.createStatement()) {
      createRaw(s, file, csv);
      if (csv != null) {
        csv.check(c, RAW);
      }
      Map<String, String> types = types(c, file);
      List<String> replace = new ArrayList<>();
      parsed(c, file, types, columns.name("EVENT_TS"),
          columns.epoch() == null ? "TIMESTAMPTZ" : "BIGINT", replace);
      parsed(c, file, types, columns.name("IS_NV"), "BOOLEAN", replace);
      String select = replace.isEmpty() ? "*" : "* REPLACE (" + String.join(", ", replace) + ")";
      s.execute("CREATE VIEW " + VIEW + " AS SELECT " + select + " FROM " + RAW);
    } catch (SQLException e) {
      DuckDbSource.closeAfter(c, e);
      throw StageException.badInput("cannot read events file %s: %s", file,
          firstLine(e.getMessage()));
    } catch (RuntimeException e) {
      DuckDbSource.closeAfter(c, e);
      throw e;
    }
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("kind", "file");
    d.put("file", file.toString());
    return new EventSource(Dialect.DUCKDB, c, VIEW, d, false);
  }

  private static boolean isParquet(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".parquet") || name.endsWith(".pq");
  }

  private static Path checkFormat(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv") || name.endsWith(".csv.gz") || name.endsWith(".tsv")
        || name.endsWith(".tsv.gz")) {
      return file;
    }
    throw StageException.badInput(
        "events file %s: unknown format; use a .csv (with a header) or .parquet export", file);
  }

  /** The raw view over the file; a Parquet file DuckDB cannot open is named as such. */
  private static void createRaw(Statement s, Path file, CsvExport csv) throws SQLException {
    String reader = csv != null ? csv.reader()
        : "read_parquet(" + DuckDb.literal(file.toAbsolutePath().toString()) + ")";
    try {
      s.execute("CREATE VIEW " + RAW + " AS SELECT * FROM " + reader);
    } catch (SQLException e) {
      if (csv != null) {
        throw csv.refusal(e.getMessage());
      }
      long size;
      try {
        size = Files.size(file);
      } catch (java.io.IOException io) {
        size = -1;
      }
      throw StageException.badInput("events file %s (%,d bytes) is not a readable Parquet file:"
          + " it is truncated or damaged (%s)", file, size, firstLine(e.getMessage()));
    }
  }

  /** The first line of an engine's message, without its error-class prefix. */
  static String firstLine(String message) {
    String m = message == null ? "" : message;
    return m.lines().findFirst().orElse(m).replaceFirst("^[A-Za-z ]*Error: ", "");
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
    if (column == null) {
      return;
    }
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
        String example = rs.getString(2);
        throw StageException.badInput(
            "events file %s: %d value(s) of column %s do not parse as %s, e.g. '%s'%s",
            file, n, column, what(type), shown(example), type.equals("TIMESTAMPTZ")
                && example.strip().matches("\\d{9,14}") ? "; if the column holds epoch seconds"
                + " or milliseconds, set event-ts-epoch in the preset" : "");
      }
    }
    replace.add("TRY_CAST(" + col + " AS " + type + ") AS " + col);
  }

  private static String what(String type) {
    return switch (type) {
      case "BOOLEAN" -> "a boolean";
      case "BIGINT" -> "whole epoch numbers";
      default -> "a timestamp";
    };
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

package io.attnlift.extract;

import io.attnlift.common.StageException;
import io.attnlift.common.warehouse.WarehouseErrors;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks the events table against the input contract before anything is sampled: every column
 * present (under its configured name) and of a usable type. A missing column or a wrong type is
 * bad input (exit 2), named in the message.
 */
public final class SchemaCheck {
  private static final Set<Integer> TEXT = Set.of(
      Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.NVARCHAR, Types.NCHAR,
      Types.LONGNVARCHAR);
  private static final Set<Integer> INTEGER = Set.of(
      Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT);
  private static final Set<Integer> TIMESTAMP = Set.of(
      Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE);
  private static final Set<Integer> BOOLEAN = Set.of(Types.BOOLEAN, Types.BIT);
  private static final Set<String> IDS = Set.of("USER_ID", "SESSION_ID", "STORE_ID");

  private SchemaCheck() {}

  /** Checks the table of {@code source}; returns the warehouse type of each contract column. */
  public static Map<String, String> check(EventSource source, Columns columns) {
    String sql = "SELECT * FROM " + source.dialect().quote(source.table()) + " LIMIT 0";
    Map<String, Integer> types = new LinkedHashMap<>();
    Map<String, String> typeNames = new LinkedHashMap<>();
    try (Statement s = source.connection().createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        String name = md.getColumnLabel(i).toUpperCase(Locale.ROOT);
        types.put(name, accepted(md, i));
        typeNames.put(name, md.getColumnTypeName(i));
      }
    } catch (SQLException e) {
      throw WarehouseErrors.map(e, "reading the columns of " + source.table(), where(source));
    }
    Map<String, String> found = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : columns.tableColumns().entrySet()) {
      String c = e.getKey();
      String name = e.getValue();
      Integer type = types.get(name.toUpperCase(Locale.ROOT));
      if (type == null) {
        throw StageException.badInput(
            "%s has no column %s%s; its columns are %s%s", where(source), name,
            name.equals(c) ? "" : " (mapped from " + c + ")", types.keySet(), missingHint(c));
      }
      String typeName = typeNames.get(name.toUpperCase(Locale.ROOT));
      boolean epoch = c.equals("EVENT_TS") && columns.epoch() != null;
      if (epoch ? !INTEGER.contains(type) : !usable(c, type)) {
        throw StageException.badInput(
            "%s: column %s has type %s, expected %s", where(source), name, typeName,
            epoch ? "whole numbers (epoch " + columns.epoch() + ")" : expected(c)
                + (c.equals("EVENT_TS") && INTEGER.contains(type) ? "; if it holds epoch"
                    + " seconds or milliseconds, set event-ts-epoch in the preset" : ""));
      }
      found.put(c, typeName);
    }
    return found;
  }

  /** What to do about a contract column the table lacks. */
  private static String missingHint(String column) {
    if (column.equals("SESSION_ID")) {
      return "; map it (columns: {SESSION_ID: <column>}) or, if the export has no session id,"
          + " set sessionize: true to cut sessions after session-gap of inactivity";
    }
    if (Columns.NEVER_CONSTANT.contains(column)) {
      return "; map it in the preset (columns: {" + column + ": <column>})";
    }
    return "; map it in the preset (columns: {" + column + ": <column>}) or give a constant"
        + " (columns: {" + column + ": {value: null}})";
  }

  /** The JDBC type, with whole-number decimals (Snowflake NUMBER(38,0)) counted as integers. */
  private static int accepted(ResultSetMetaData md, int i) throws SQLException {
    int t = md.getColumnType(i);
    if ((t == Types.DECIMAL || t == Types.NUMERIC) && md.getScale(i) == 0) {
      return Types.BIGINT;
    }
    return t;
  }

  private static boolean usable(String column, int type) {
    if (column.equals("EVENT_TS")) {
      return TIMESTAMP.contains(type);
    }
    if (column.equals("IS_NV")) {
      return BOOLEAN.contains(type);
    }
    return TEXT.contains(type) || (IDS.contains(column) && INTEGER.contains(type));
  }

  private static String expected(String column) {
    if (column.equals("EVENT_TS")) {
      return "a timestamp (UTC)";
    }
    if (column.equals("IS_NV")) {
      return "a boolean";
    }
    return IDS.contains(column) ? "text or an integer" : "text";
  }

  static String where(EventSource source) {
    Map<String, Object> d = source.describe();
    return d.get("kind") + " " + d.getOrDefault("file", d.get("table"))
        + (d.containsKey("file") && d.containsKey("table") ? " table " + d.get("table") : "");
  }
}

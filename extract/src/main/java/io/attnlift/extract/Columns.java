package io.attnlift.extract;

import io.attnlift.common.StageException;
import io.attnlift.common.warehouse.Identifiers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the events table (or export) becomes the contract's columns, for every source alike: each
 * contract column is the table's column it is mapped to (by default its own name), or a constant
 * for a column the table lacks; the time may be epoch seconds or milliseconds; and a table with no
 * session id gets sessions cut after an inactivity gap. {@link Dialect} turns this into the one
 * subquery every query reads from.
 */
public final class Columns {
  /** The contract's columns, in the order they are selected. */
  public static final List<String> CONTRACT = List.of(
      "USER_ID", "SESSION_ID", "EVENT_TS", "EVENT_TYPE", "EVENT", "DISCOVERY_FEATURE",
      "STORE_ID", "STORE_NAME", "PRIMARY_TAG_NAME", "PRIMARY_CATEGORY_NAME", "IS_NV");

  /** What identifies and times an event cannot be a constant. */
  static final Set<String> NEVER_CONSTANT = Set.of("USER_ID", "SESSION_ID", "EVENT_TS");

  private final Map<String, ColumnSource> sources;
  private final Duration sessionGap;
  private final ExtractOptions.Epoch epoch;

  private Columns(Map<String, ColumnSource> sources, Duration sessionGap,
      ExtractOptions.Epoch epoch) {
    this.sources = sources;
    this.sessionGap = sessionGap;
    this.epoch = epoch;
  }

  /** A plain renaming (values: column names or {@link ColumnSource}s); timestamps, sessions. */
  public static Columns of(Map<String, ?> mapping) {
    return of(mapping, null, null);
  }

  /**
   * The mapping with defaults filled in; an unknown key, a bad name or a constant where none
   * may be is an error.
   *
   * @param sessionGap cut sessions after this much inactivity (the table has no session id), or
   *     null to read SESSION_ID
   * @param epoch the unit of an EVENT_TS that holds numbers, or null for a timestamp
   */
  public static Columns of(Map<String, ?> mapping, Duration sessionGap,
      ExtractOptions.Epoch epoch) {
    for (String key : mapping.keySet()) {
      if (!CONTRACT.contains(key)) {
        throw StageException.badInput(
            "unknown column '%s' in the column mapping; known: %s", key, CONTRACT);
      }
    }
    if (sessionGap != null && mapping.containsKey("SESSION_ID")) {
      throw StageException.badInput("the column mapping names a SESSION_ID column and sessionize"
          + " is on: either the export has session ids or sessions are cut after session-gap,"
          + " not both");
    }
    Map<String, ColumnSource> sources = new LinkedHashMap<>();
    for (String c : CONTRACT) {
      ColumnSource s = ColumnSource.parse(mapping.containsKey(c) ? mapping.get(c) : c);
      if (s.isConstant() && NEVER_CONSTANT.contains(c)) {
        throw StageException.badInput("the column mapping gives %s a constant; it must come from"
            + " a column of the export%s", c, c.equals("SESSION_ID")
            ? " (or set sessionize: true to cut sessions after session-gap)" : "");
      }
      if (!s.isConstant()) {
        Identifiers.sql("the column mapping's " + c, s.column());
      } else {
        Constants.check(c, s.value());
      }
      sources.put(c, s);
    }
    return new Columns(sources, sessionGap, epoch);
  }

  /** The table's column for a contract column, or null for a constant or a cut session. */
  public String name(String contractColumn) {
    if (contractColumn.equals("SESSION_ID") && sessionized()) {
      return null;
    }
    return sources.get(contractColumn).column();
  }

  /** Where a contract column comes from. */
  public ColumnSource source(String contractColumn) {
    return sources.get(contractColumn);
  }

  /** The table's columns that are read, by contract column, in contract order. */
  public Map<String, String> tableColumns() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String c : CONTRACT) {
      if (name(c) != null) {
        out.put(c, name(c));
      }
    }
    return out;
  }

  /** Whether sessions are cut after an inactivity gap (the table has no session id). */
  public boolean sessionized() {
    return sessionGap != null;
  }

  /** The inactivity gap that ends a session, or null. */
  public Duration sessionGap() {
    return sessionGap;
  }

  /** The unit of an EVENT_TS that holds epoch numbers, or null. */
  public ExtractOptions.Epoch epoch() {
    return epoch;
  }
}

package io.attnlift.extract;

import io.attnlift.common.warehouse.Identifiers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL of one engine, written once per dialect as readable files under
 * {@code io/attnlift/extract/sql/<dialect>/}; a query both engines write alike is written once,
 * under {@code io/attnlift/extract/sql/shared/}. Placeholders {@code ${...}} are filled only with
 * checked, quoted identifiers ({@link Identifiers}) and integers; values are bound as parameters.
 */
public enum Dialect {
  DUCKDB("duckdb", n -> Identifiers.quote(n, false)),
  SNOWFLAKE("snowflake", n -> Identifiers.quote(n, true));

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_]+)}");

  private final String id;
  private final UnaryOperator<String> quote;

  Dialect(String id, UnaryOperator<String> quote) {
    this.id = id;
    this.quote = quote;
  }

  public String id() {
    return id;
  }

  /** Quotes a checked identifier for this engine. */
  public String quote(String checkedName) {
    return quote.apply(checkedName);
  }

  /**
   * The text of query {@code name} ({@code profile}, {@code sample}, {@code truth}) for a table.
   * Every query reads the table through {@link #source}, so they all see the contract's columns.
   *
   * @param table the checked table name
   * @param columns how the table's columns become the contract's
   * @param limit the number of users to sample
   */
  public String sql(String name, String table, Columns columns, int limit) {
    Map<String, String> vars = new LinkedHashMap<>();
    vars.put("source", "(\n" + indent(indent(source(table, columns))) + "\n  ) src");
    vars.put("limit", Integer.toString(limit));
    vars.put("truth_table", quote("ATTNLIFT_SESSION_TRUTH"));
    vars.put("event_ts_us", epochMicros("e.EVENT_TS"));
    vars.put("sampled_users", fill(load("sampled_users"), vars).strip());
    return fill(load(name), vars);
  }

  /**
   * The table as the contract's columns: mapped names, constants, epoch timestamps, and sessions
   * cut after the inactivity gap when the table has no session id.
   */
  String source(String table, Columns columns) {
    Map<String, String> vars = new LinkedHashMap<>();
    vars.put("table", quote(table));
    for (String c : Columns.CONTRACT) {
      vars.put(c, expression(c, columns));
    }
    String mapped = fill(load("source"), vars).strip();
    if (!columns.sessionized()) {
      return mapped;
    }
    Map<String, String> s = new LinkedHashMap<>();
    s.put("mapped", indent(indent(mapped)));
    s.put("gap_us", Long.toString(columns.sessionGap().toNanos() / 1000));
    s.put("event_ts_us", epochMicros("EVENT_TS"));
    s.put("previous_ts_us",
        epochMicros("LAG(EVENT_TS) OVER (PARTITION BY USER_ID ORDER BY EVENT_TS)"));
    return fill(load("sessions"), s).strip();
  }

  /** The SQL of one contract column: a quoted column, a constant, or an epoch number's time. */
  private String expression(String column, Columns columns) {
    ColumnSource src = columns.source(column);
    if (column.equals("SESSION_ID") && columns.sessionized()) {
      return "CAST(NULL AS VARCHAR)";
    }
    if (src.isConstant()) {
      return Constants.literal(this, column, src.value());
    }
    String q = quote(src.column());
    if (column.equals("EVENT_TS") && columns.epoch() != null) {
      boolean ms = columns.epoch() == ExtractOptions.Epoch.MILLISECONDS;
      return this == DUCKDB
          ? "make_timestamp(CAST(" + q + " AS BIGINT) * " + (ms ? "1000" : "1000000") + ")"
          : "TO_TIMESTAMP_NTZ(CAST(" + q + " AS NUMBER(38, 0)), " + (ms ? "3" : "0") + ")";
    }
    return q;
  }

  /** Microseconds since the epoch of a timestamp expression: the one place the engines differ. */
  String epochMicros(String timestamp) {
    return this == DUCKDB ? "epoch_us(" + timestamp + ")"
        : "DATE_PART(EPOCH_MICROSECOND, " + timestamp + ")";
  }

  private static String indent(String sql) {
    return "  " + sql.replace("\n", "\n  ");
  }

  private static String fill(String template, Map<String, String> vars) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String v = vars.get(m.group(1));
      if (v == null) {
        throw new IllegalStateException("unknown placeholder ${" + m.group(1) + "}");
      }
      m.appendReplacement(b, Matcher.quoteReplacement(v));
    }
    m.appendTail(b);
    return b.toString();
  }

  /** The dialect's own query {@code name}, or the shared one when the dialect has none. */
  private String load(String name) {
    String own = "/io/attnlift/extract/sql/" + id + "/" + name + ".sql";
    String res = Dialect.class.getResource(own) != null ? own
        : "/io/attnlift/extract/sql/shared/" + name + ".sql";
    try (InputStream in = Dialect.class.getResourceAsStream(res)) {
      if (in == null) {
        throw new IllegalStateException("no " + name + " query for " + id + " (" + res + ")");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

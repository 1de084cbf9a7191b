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
 * {@code io/attnlift/extract/sql/<dialect>/}. Placeholders {@code ${...}} are filled only with
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
   *
   * @param table the checked table name
   * @param columns the column names
   * @param limit the number of users to sample
   */
  public String sql(String name, String table, Columns columns, int limit) {
    Map<String, String> vars = new LinkedHashMap<>();
    vars.put("table", quote(table));
    columns.all().forEach((c, n) -> vars.put(c, quote(n)));
    vars.put("limit", Integer.toString(limit));
    vars.put("truth_table", quote("ATTNLIFT_SESSION_TRUTH"));
    vars.put("sampled_users", fill(load("sampled_users"), vars).strip());
    return fill(load(name), vars);
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

  private String load(String name) {
    String res = "/io/attnlift/extract/sql/" + id + "/" + name + ".sql";
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

package io.attnlift.extract;

import io.attnlift.common.StageException;
import java.util.regex.Pattern;

/**
 * Identifiers from configuration (table and column names), checked before they reach SQL: a name
 * is letters, digits, {@code _} and {@code $}, not starting with a digit; a table may be
 * qualified with up to two dots. Nothing else from configuration is ever pasted into SQL; values
 * are bound as parameters.
 */
public final class SqlNames {
  private static final Pattern PART = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]{0,254}");

  private SqlNames() {}

  /** Checks a column name and returns it. */
  public static String column(String name, String what) {
    if (name == null || !PART.matcher(name).matches()) {
      throw StageException.badInput(
          "bad column name '%s' for %s: use letters, digits, '_' and '$', not starting with a"
              + " digit",
          name, what);
    }
    return name;
  }

  /** Checks a table name, optionally qualified ({@code db.schema.table}), and returns it. */
  public static String table(String name) {
    String[] parts = name == null ? new String[0] : name.split("\\.", -1);
    boolean ok = parts.length >= 1 && parts.length <= 3;
    for (String p : parts) {
      ok &= PART.matcher(p).matches();
    }
    if (!ok) {
      throw StageException.badInput(
          "bad table name '%s': use an identifier (letters, digits, '_', '$'), optionally"
              + " qualified as schema.table or database.schema.table",
          name);
    }
    return name;
  }

  /** A checked name quoted for DuckDB, each part in double quotes (DuckDB ignores case). */
  public static String quoteDuckDb(String checked) {
    return quoteParts(checked, false);
  }

  /**
   * A checked name quoted for Snowflake: upper-cased then quoted, which resolves exactly as the
   * unquoted name would and is safe for reserved words.
   */
  public static String quoteSnowflake(String checked) {
    return quoteParts(checked, true);
  }

  private static String quoteParts(String checked, boolean upper) {
    StringBuilder b = new StringBuilder();
    for (String p : checked.split("\\.")) {
      if (b.length() > 0) {
        b.append('.');
      }
      b.append('"').append(upper ? p.toUpperCase(java.util.Locale.ROOT) : p).append('"');
    }
    return b.toString();
  }

  /** A value as a SQL string literal (for DuckDB file paths, which cannot be bound). */
  public static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}

package io.attnlift.common.warehouse;

import io.attnlift.common.StageException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one check of every name from configuration that reaches a warehouse, before it is used.
 * SQL names (tables, columns, schemas, databases, roles, warehouses) are plain unquoted
 * identifiers as Snowflake and DuckDB both read them; nothing else from configuration is pasted
 * into SQL (values are bound as parameters). Connection settings (account, user, host) have their
 * own, wider rules: a Snowflake user may be an e-mail address.
 */
public final class Identifiers {
  /** A letter or '_', then letters, digits, '_' or '$'; at most 255 characters. */
  private static final Pattern SQL = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]{0,254}");
  /** An account identifier: {@code orgname-account} or {@code xy12345.eu-west-1}. */
  private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,254}");
  /** A login name: letters, digits and {@code _ . @ + -}, e.g. {@code jane.doe@acme.com}. */
  private static final Pattern USER = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.@+-]{0,254}");
  /** A host name or address. */
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,252}");

  private Identifiers() {}

  /** Checks a plain SQL identifier; {@code what} names the setting in the message. */
  public static String sql(String what, String value) {
    if (value == null || !SQL.matcher(value).matches()) {
      throw StageException.badInput(
          "%s '%s' is not a plain SQL identifier (a letter or '_', then letters, digits, '_' or"
              + " '$', at most 255)", what, value);
    }
    return value;
  }

  /** Checks a table name, optionally qualified ({@code schema.table}, {@code db.schema.table}). */
  public static String table(String what, String value) {
    String[] parts = value == null ? new String[0] : value.split("\\.", -1);
    boolean ok = parts.length >= 1 && parts.length <= 3;
    for (String p : parts) {
      ok &= SQL.matcher(p).matches();
    }
    if (!ok) {
      throw StageException.badInput(
          "%s '%s' is not a table name: use an identifier (letters, digits, '_', '$'),"
              + " optionally qualified as schema.table or database.schema.table", what, value);
    }
    return value;
  }

  /** Checks a Snowflake account identifier. */
  public static String account(String what, String value) {
    return check(ACCOUNT, what, value, "an account identifier (letters, digits, '.', '_', '-')");
  }

  /** Checks a login name. */
  public static String user(String what, String value) {
    return check(USER, what, value, "a user name (letters, digits, '_', '.', '@', '+', '-')");
  }

  /** Checks a host name. */
  public static String host(String what, String value) {
    return check(HOST, what, value, "a host name (letters, digits, '.', '-')");
  }

  /**
   * A checked (possibly qualified) name quoted part by part, upper-cased for Snowflake (which
   * then resolves it exactly as the unquoted name) or as given for DuckDB (which ignores case).
   */
  public static String quote(String checked, boolean upperCase) {
    StringBuilder b = new StringBuilder();
    for (String p : checked.split("\\.")) {
      if (b.length() > 0) {
        b.append('.');
      }
      String part = upperCase ? p.toUpperCase(Locale.ROOT) : p;
      b.append('"').append(part.replace("\"", "\"\"")).append('"');
    }
    return b.toString();
  }

  private static String check(Pattern p, String what, String value, String expected) {
    if (value == null || !p.matcher(value).matches()) {
      throw StageException.badInput("%s '%s' is not %s", what, value, expected);
    }
    return value;
  }
}

package io.attnlift.extract;

import io.attnlift.common.StageException;
import java.util.Locale;

/**
 * The preset's constants for columns an export lacks, checked once and written as SQL literals:
 * text of printable characters (at most 200), or for IS_NV a boolean; null for NULL. The text is
 * quoted for its engine (quotes doubled; for Snowflake backslashes too), so a constant can never
 * end its literal.
 */
final class Constants {
  static final int MAX_LENGTH = 200;

  private Constants() {}

  /** Refuses a constant that is not usable for {@code column}. */
  static void check(String column, String value) {
    if (value == null) {
      return;
    }
    if (column.equals("IS_NV")) {
      bool(value);
      return;
    }
    if (value.length() > MAX_LENGTH || value.codePoints().anyMatch(Character::isISOControl)) {
      throw StageException.badInput("the column mapping's constant for %s must be printable text"
          + " of at most %d characters, got '%s'", column, MAX_LENGTH, FileSource.shown(value));
    }
  }

  /** The SQL literal of a checked constant. */
  static String literal(Dialect dialect, String column, String value) {
    if (column.equals("IS_NV")) {
      return value == null ? "CAST(NULL AS BOOLEAN)" : bool(value) ? "TRUE" : "FALSE";
    }
    if (value == null) {
      return "CAST(NULL AS VARCHAR)";
    }
    String escaped = value.replace("'", "''");
    if (dialect == Dialect.SNOWFLAKE) {
      escaped = escaped.replace("\\", "\\\\");
    }
    return "'" + escaped + "'";
  }

  private static boolean bool(String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw StageException.badInput(
          "the column mapping's constant for IS_NV must be true, false or null, got '%s'",
          FileSource.shown(value));
    };
  }
}

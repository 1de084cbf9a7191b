package io.attnlift.extract;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.attnlift.common.StageException;
import java.util.Collections;
import java.util.Map;

/**
 * Where one contract column comes from, as the preset's {@code extract.columns} says: a column of
 * the table or export ({@code USER_ID: customer_id}), or a constant for a column the export does
 * not have ({@code DISCOVERY_FEATURE: {value: null}}, {@code IS_NV: {value: false}}).
 *
 * @param column the table's column name, or null for a constant
 * @param value the constant as text (null for SQL NULL); unused for a column
 */
public record ColumnSource(String column, String value) {

  /** The table's column of that name. */
  public static ColumnSource column(String name) {
    return new ColumnSource(name, null);
  }

  /** A constant (null: every row NULL). */
  public static ColumnSource constant(String value) {
    return new ColumnSource(null, value);
  }

  /** From the preset: a column name, or a mapping {@code {value: <constant>}}. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ColumnSource parse(Object spec) {
    if (spec instanceof ColumnSource c) {
      return c;
    }
    if (spec instanceof String s) {
      return column(s);
    }
    if (spec instanceof Map<?, ?> m && m.size() == 1 && m.containsKey("value")) {
      Object v = m.get("value");
      return constant(v == null ? null : v.toString());
    }
    throw StageException.badInput("bad column mapping %s: give the export's column name, or"
        + " {value: <constant>} for a column the export does not have", spec);
  }

  /** Whether this is a constant rather than a column. */
  public boolean isConstant() {
    return column == null;
  }

  /** As the preset writes it (for the resolved configuration in the manifest). */
  @JsonValue
  public Object json() {
    return isConstant() ? Collections.singletonMap("value", value) : column;
  }
}

package io.attnlift.extract;

import io.attnlift.common.StageException;
import io.attnlift.common.warehouse.Identifiers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The events table's columns: the contract's names (as in the warehouse, upper case) and, for a
 * table that names them otherwise, the configured warehouse names.
 */
public final class Columns {
  /** The contract's columns, in the order they are selected. */
  public static final List<String> CONTRACT = List.of(
      "USER_ID", "SESSION_ID", "EVENT_TS", "EVENT_TYPE", "EVENT", "DISCOVERY_FEATURE",
      "STORE_ID", "STORE_NAME", "PRIMARY_TAG_NAME", "PRIMARY_CATEGORY_NAME", "IS_NV");

  private final Map<String, String> names;

  private Columns(Map<String, String> names) {
    this.names = names;
  }

  /** The mapping with defaults filled in; an unknown key or a bad name is an error. */
  public static Columns of(Map<String, String> mapping) {
    for (String key : mapping.keySet()) {
      if (!CONTRACT.contains(key)) {
        throw StageException.badInput(
            "unknown column '%s' in the column mapping; known: %s", key, CONTRACT);
      }
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (String c : CONTRACT) {
      String name = mapping.getOrDefault(c, c);
      names.put(c, Identifiers.sql("the column mapping's " + c, name));
    }
    return new Columns(names);
  }

  /** The warehouse name of a contract column. */
  public String name(String contractColumn) {
    return names.get(contractColumn);
  }

  /** Warehouse names by contract column, in contract order. */
  public Map<String, String> all() {
    return names;
  }
}

package io.attnlift.attribute;

import io.attnlift.common.warehouse.Identifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.avro.Schema;

/**
 * The SQL of the write-back, shared by DuckDB and Snowflake: upper-case quoted identifiers (the
 * names are validated as plain identifiers first), a {@code RUN_ID} and {@code VARIANT} key in
 * front of the table's own columns, and bind parameters for every value.
 */
final class WarehouseSql {
  static final List<String> KEY_COLUMNS = List.of("RUN_ID", "VARIANT");

  private final String catalog;
  private final String schema;
  private final String prefix;

  WarehouseSql(String schema, String prefix) {
    this(null, schema, prefix);
  }

  private WarehouseSql(String catalog, String schema, String prefix) {
    this.catalog = catalog;
    this.schema = Identifiers.sql("--warehouse-schema", schema).toUpperCase(Locale.ROOT);
    this.prefix = prefix.toUpperCase(Locale.ROOT);
  }

  /** The same statements with names qualified by a catalog (null: none). */
  WarehouseSql inCatalog(String catalog) {
    return new WarehouseSql(catalog, schema, prefix);
  }

  /** The qualified, quoted name of a table. */
  String table(String name) {
    String t = Identifiers.sql("warehouse table", prefix + name)
        .toUpperCase(Locale.ROOT);
    return qualifiedSchema() + "." + q(t);
  }

  String createSchema() {
    return "CREATE SCHEMA IF NOT EXISTS " + qualifiedSchema();
  }

  private String qualifiedSchema() {
    return catalog == null ? q(schema) : q(catalog) + "." + q(schema);
  }

  String createTable(String name, Schema rows) {
    List<String> cols = new ArrayList<>();
    KEY_COLUMNS.forEach(k -> cols.add(q(k) + " VARCHAR NOT NULL"));
    for (Schema.Field f : rows.getFields()) {
      cols.add(q(column(f)) + " " + type(f.schema()));
    }
    return "CREATE TABLE IF NOT EXISTS " + table(name) + " (" + String.join(", ", cols) + ")";
  }

  String delete(String name) {
    return "DELETE FROM " + table(name) + " WHERE " + q("RUN_ID") + " = ? AND " + q("VARIANT")
        + " = ?";
  }

  String insert(String name, Schema rows) {
    List<String> cols = new ArrayList<>(KEY_COLUMNS);
    rows.getFields().forEach(f -> cols.add(column(f)));
    return "INSERT INTO " + table(name) + " ("
        + cols.stream().map(WarehouseSql::q).collect(Collectors.joining(", ")) + ") VALUES ("
        + cols.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
  }

  static String column(Schema.Field f) {
    return Identifiers.sql("column", f.name()).toUpperCase(Locale.ROOT);
  }

  /** The SQL type of an Avro field type (a nullable union maps to its non-null branch). */
  static String type(Schema s) {
    if (s.getType() == Schema.Type.UNION) {
      for (Schema b : s.getTypes()) {
        if (b.getType() != Schema.Type.NULL) {
          return type(b);
        }
      }
    }
    return switch (s.getType()) {
      case STRING -> "VARCHAR";
      case DOUBLE, FLOAT -> "DOUBLE";
      case LONG -> "BIGINT";
      case INT -> "INTEGER";
      case BOOLEAN -> "BOOLEAN";
      default -> throw new IllegalArgumentException("no SQL type for " + s);
    };
  }

  /** Quotes an identifier, doubling any quote inside it. */
  private static String q(String identifier) {
    return Identifiers.quote(identifier, false);
  }
}

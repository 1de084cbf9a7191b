package io.attnlift.attribute;

import io.attnlift.common.StageException;
import io.attnlift.common.Variant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The attribute stage's options, resolved as code defaults, then the preset's {@code attribute:}
 * section, then the flags.
 *
 * @param variants comma list of variants to attribute
 * @param bootstrap resamples of sessions for every interval
 * @param minStoreSupport events a store needs (in a scope) to get a row
 * @param seed the resampling seed
 * @param writeBack duckdb, snowflake or none
 * @param duckdb the DuckDB file written back to (created if missing)
 * @param warehouseSchema the schema of the warehouse tables
 * @param warehouseTablePrefix prepended to every warehouse table name
 * @param engagementTypes comma list of the EVENT_TYPE values that count as engagement
 * @param earlyPositions how many first events count as early
 * @param groundTruthTopK k of the hero-store recall
 * @param maxInsights insights kept at most
 * @param snowflakeAccount Snowflake account identifier (e.g. {@code xy12345.eu-west-1})
 * @param snowflakeUser Snowflake user
 * @param snowflakeRole Snowflake role, optional
 * @param snowflakeWarehouse Snowflake warehouse
 * @param snowflakeDatabase Snowflake database
 */
public record AttributeOptions(
    String variants,
    int bootstrap,
    int minStoreSupport,
    long seed,
    String writeBack,
    String duckdb,
    String warehouseSchema,
    String warehouseTablePrefix,
    String engagementTypes,
    int earlyPositions,
    int groundTruthTopK,
    int maxInsights,
    String snowflakeAccount,
    String snowflakeUser,
    String snowflakeRole,
    String snowflakeWarehouse,
    String snowflakeDatabase) {

  /** Unquoted SQL identifiers: what schema and table names may be. */
  static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");

  /** The code's defaults. */
  public static AttributeOptions defaults() {
    return new AttributeOptions("no-funnel,with-funnel", 200, 20, 42L, "duckdb",
        "data/attnlift.duckdb", "ATTNLIFT", "", "click,page_load", 5, 10, 12, "", "", "", "", "");
  }

  /** Checks the values, failing with exit 2 on the first bad one. */
  public AttributeOptions validate() {
    parsedVariants();
    positive("bootstrap", bootstrap);
    positive("min-store-support", minStoreSupport);
    positive("early-positions", earlyPositions);
    positive("ground-truth-top-k", groundTruthTopK);
    if (!Set.of("duckdb", "snowflake", "none").contains(writeBack)) {
      throw StageException.badInput(
          "--write-back must be duckdb, snowflake or none, not '%s'", writeBack);
    }
    identifier("warehouse-schema", warehouseSchema);
    if (!warehouseTablePrefix.isEmpty()) {
      identifier("warehouse-table-prefix", warehouseTablePrefix);
    }
    if (writeBack.equals("duckdb") && duckdb.isBlank()) {
      throw StageException.badInput("--duckdb must name a file when --write-back is duckdb");
    }
    return this;
  }

  public List<Variant> parsedVariants() {
    List<Variant> v = Variant.parseList(variants);
    if (v.isEmpty()) {
      throw StageException.badInput("--variants names no variant");
    }
    return v;
  }

  /** The engagement event types as a set. */
  public Set<String> engagementTypeSet() {
    return Arrays.stream(engagementTypes.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** Checks that a warehouse name is a plain SQL identifier. */
  static String identifier(String what, String value) {
    if (value == null || !IDENTIFIER.matcher(value).matches()) {
      throw StageException.badInput(
          "%s '%s' is not a plain SQL identifier (a letter or '_', then letters, digits or '_',"
              + " at most 128)", what, value);
    }
    return value;
  }

  private static void positive(String what, long v) {
    if (v < 1) {
      throw StageException.badInput("--%s must be at least 1, not %d", what, v);
    }
  }
}

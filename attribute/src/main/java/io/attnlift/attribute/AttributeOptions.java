package io.attnlift.attribute;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.attnlift.common.StageException;
import io.attnlift.common.StageOptions;
import io.attnlift.common.Variant;
import io.attnlift.common.warehouse.Identifiers;
import io.attnlift.common.warehouse.SnowflakeSettings;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The attribute stage's options, resolved as code defaults, then the preset's {@code attribute:}
 * section (and its top-level {@code snowflake:} section), then the flags.
 *
 * @param variants the variants to attribute
 * @param bootstrap resamples of sessions for every interval
 * @param minStoreSupport events a store needs (in a scope) to get a row
 * @param seed the resampling seed
 * @param writeBack where the tables go back to
 * @param duckdb the DuckDB file written back to (created if missing)
 * @param warehouseSchema the schema of the warehouse tables
 * @param warehouseTablePrefix prepended to every warehouse table name
 * @param engagementTypes the EVENT_TYPE values that count as engagement
 * @param earlyPositions how many first events count as early
 * @param groundTruthTopK k of the hero-store recall
 * @param maxInsights insights kept at most
 * @param minClaimSessions sessions each side of a claim needs (with the group and without it)
 * @param minClaimConverted converted sessions each side of a claim needs
 * @param falseDiscoveryRate the Benjamini-Hochberg rate over every candidate claim of the run
 * @param minClaimEffect the smallest removal effect (change in probability) a finding may state:
 *     its interval must lie beyond it
 * @param snowflake the Snowflake connection (the preset's {@code snowflake:} section)
 */
public record AttributeOptions(
    List<Variant> variants,
    int bootstrap,
    int minStoreSupport,
    long seed,
    WriteBackTarget writeBack,
    Path duckdb,
    String warehouseSchema,
    String warehouseTablePrefix,
    List<String> engagementTypes,
    int earlyPositions,
    int groundTruthTopK,
    int maxInsights,
    int minClaimSessions,
    int minClaimConverted,
    double falseDiscoveryRate,
    double minClaimEffect,
    SnowflakeSettings snowflake) implements StageOptions {

  /** Where the tables are written back. */
  public enum WriteBackTarget {
    DUCKDB, SNOWFLAKE, NONE;

    @JsonValue
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static WriteBackTarget parse(String id) {
      for (WriteBackTarget t : values()) {
        if (t.toString().equalsIgnoreCase(id.trim())) {
          return t;
        }
      }
      throw StageException.badInput("--write-back must be duckdb, snowflake or none, not '%s'",
          id);
    }
  }

  public AttributeOptions {
    variants = variants == null ? List.of() : List.copyOf(variants);
    engagementTypes = engagementTypes == null ? List.of() : List.copyOf(engagementTypes);
    snowflake = snowflake == null ? SnowflakeSettings.defaults() : snowflake;
  }

  /** The code's defaults. */
  public static AttributeOptions defaults() {
    return new AttributeOptions(List.of(Variant.values()), 200, 20, 42L, WriteBackTarget.DUCKDB,
        Path.of("data/attnlift.duckdb"), "ATTNLIFT", "", List.of("click", "page_load"), 5, 10, 12,
        30, 10, 0.05, 0.005, SnowflakeSettings.defaults());
  }

  /** The stage's one check, failing with exit 2 on the first bad value. */
  @Override
  public void validate() {
    if (variants.isEmpty()) {
      throw StageException.badInput("--variants names no variant");
    }
    positive("bootstrap", bootstrap);
    positive("min-store-support", minStoreSupport);
    positive("early-positions", earlyPositions);
    positive("ground-truth-top-k", groundTruthTopK);
    positive("min-claim-sessions", minClaimSessions);
    positive("min-claim-converted", minClaimConverted);
    if (!(falseDiscoveryRate > 0 && falseDiscoveryRate < 1)) {
      throw StageException.badInput("false-discovery-rate must lie between 0 and 1, not %s",
          falseDiscoveryRate);
    }
    if (!(minClaimEffect >= 0 && minClaimEffect < 1)) {
      throw StageException.badInput("min-claim-effect must lie in [0, 1), not %s",
          minClaimEffect);
    }
    Identifiers.sql("--warehouse-schema", warehouseSchema);
    if (!warehouseTablePrefix.isEmpty()) {
      Identifiers.sql("--warehouse-table-prefix", warehouseTablePrefix);
    }
    if (writeBack == WriteBackTarget.DUCKDB && duckdb == null) {
      throw StageException.badInput("--duckdb must name a file when --write-back is duckdb");
    }
    snowflake.validate();
  }

  /**
   * The claim rule of removal effects under an audit verdict; a null verdict gives the support
   * rule alone (no finding is made with it).
   */
  RemovalClaims.Rule claimRule(io.attnlift.common.json.AuditJson.Verdict verdict) {
    return verdict == null
        ? new RemovalClaims.Rule(minClaimSessions, minClaimConverted, falseDiscoveryRate,
            minClaimEffect, RemovalClaims.NOT_ESTABLISHED)
        : RemovalClaims.Rule.of(minClaimSessions, minClaimConverted, falseDiscoveryRate,
            minClaimEffect, verdict);
  }

  /** The variants, without repeats. */
  public List<Variant> parsedVariants() {
    return variants.stream().distinct().toList();
  }

  /** The engagement event types as a set. */
  public Set<String> engagementTypeSet() {
    Set<String> out = new LinkedHashSet<>();
    engagementTypes.stream().map(String::trim).filter(s -> !s.isEmpty()).forEach(out::add);
    return out;
  }

  private static void positive(String what, long v) {
    if (v < 1) {
      throw StageException.badInput("--%s must be at least 1, not %d", what, v);
    }
  }
}

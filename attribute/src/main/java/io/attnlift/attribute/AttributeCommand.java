package io.attnlift.attribute;

import io.attnlift.common.CommonOptions;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.StageConfig;
import io.attnlift.common.Variant;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code attribute}: lift tables, baselines and insights per variant, written back. */
@Command(
    name = "attribute",
    mixinStandardHelpOptions = true,
    description = "Turn the train stage's per-event scores into lift tables with intervals.")
public final class AttributeCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Option(names = "--variants", paramLabel = "LIST",
      description = "Comma list of variants (default: no-funnel,with-funnel).")
  String variants;

  @Option(names = "--bootstrap", paramLabel = "N",
      description = "Bootstrap resamples of sessions per interval (default: 200).")
  String bootstrap;

  @Option(names = "--min-store-support", paramLabel = "N",
      description = "Events a store needs in a scope to get a row (default: 20).")
  String minStoreSupport;

  @Option(names = "--seed", paramLabel = "S", description = "Resampling seed (default: 42).")
  String seed;

  @Option(names = "--write-back", paramLabel = "duckdb|snowflake|none",
      description = "Where the tables go back to (default: duckdb).")
  String writeBack;

  @Option(names = "--duckdb", paramLabel = "FILE",
      description = "The DuckDB file to write back to; created if missing"
          + " (default: data/attnlift.duckdb).")
  String duckdb;

  @Option(names = "--warehouse-schema", paramLabel = "NAME",
      description = "Schema of the warehouse tables (default: ATTNLIFT).")
  String warehouseSchema;

  @Option(names = "--warehouse-table-prefix", paramLabel = "PREFIX",
      description = "Prefix of every warehouse table name (default: none).")
  String warehouseTablePrefix;

  @Option(names = "--engagement-types", paramLabel = "LIST",
      description = "EVENT_TYPE values that count as engagement (default: click,page_load).")
  String engagementTypes;

  @Override
  public Integer call() throws Exception {
    AttributeOptions o = StageConfig.resolve(
        AttributeOptions.defaults(), common.config(), "attribute", spec).validate();
    RunLayout layout = common.layout();
    WriteBack wb = writeBack(o);
    AttributeJob job = new AttributeJob(o, layout, wb);
    for (Variant v : o.parsedVariants()) {
      job.run(v);
      spec.commandLine().getOut().printf("attribute %s: %s%n", v,
          layout.stageDir(Stage.ATTRIBUTE, v));
    }
    return 0;
  }

  /** The configured write-back, or null for none. */
  static WriteBack writeBack(AttributeOptions o) {
    WarehouseSql sql = new WarehouseSql(o.warehouseSchema(), o.warehouseTablePrefix());
    return switch (o.writeBack()) {
      case "duckdb" -> new WriteBack(Warehouses.duckdb(Path.of(o.duckdb())), sql);
      case "snowflake" -> new WriteBack(Warehouses.snowflake(o, System.getenv()), sql);
      default -> null;
    };
  }
}

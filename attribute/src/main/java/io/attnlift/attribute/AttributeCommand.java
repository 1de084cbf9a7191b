package io.attnlift.attribute;

import io.attnlift.common.CommonOptions;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.StageConfig;
import io.attnlift.common.StageDefaults;
import io.attnlift.common.Variant;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
    defaultValueProvider = AttributeCommand.Defaults.class,
    description = "Turn the train stage's per-event scores into lift tables with intervals. The"
        + " Snowflake write-back connects with the preset's top-level snowflake: section.")
public final class AttributeCommand implements Callable<Integer> {
  /** The flags' defaults: {@link AttributeOptions#defaults()}. */
  public static final class Defaults extends StageDefaults {
    public Defaults() {
      super(AttributeOptions.defaults());
    }
  }

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Option(names = "--variants", paramLabel = "LIST", split = ",",
      description = "Variants (default: ${DEFAULT-VALUE}).")
  List<Variant> variants;

  @Option(names = "--bootstrap", paramLabel = "N",
      description = "Bootstrap resamples of sessions per interval (default: ${DEFAULT-VALUE}).")
  Integer bootstrap;

  @Option(names = "--min-store-support", paramLabel = "N",
      description = "Events a store needs in a scope to get a row (default: ${DEFAULT-VALUE}).")
  Integer minStoreSupport;

  @Option(names = "--seed", paramLabel = "S",
      description = "Resampling seed (default: ${DEFAULT-VALUE}).")
  Long seed;

  @Option(names = "--write-back", paramLabel = "duckdb|snowflake|none",
      description = "Where the tables go back to (default: ${DEFAULT-VALUE}).")
  AttributeOptions.WriteBackTarget writeBack;

  @Option(names = "--duckdb", paramLabel = "FILE",
      description = "The DuckDB file to write back to; created if missing (default:"
          + " ${DEFAULT-VALUE}).")
  Path duckdb;

  @Option(names = "--warehouse-schema", paramLabel = "NAME",
      description = "Schema of the warehouse tables (default: ${DEFAULT-VALUE}).")
  String warehouseSchema;

  @Option(names = "--warehouse-table-prefix", paramLabel = "PREFIX",
      description = "Prefix of every warehouse table name (default: none).")
  String warehouseTablePrefix;

  @Option(names = "--engagement-types", paramLabel = "LIST", split = ",",
      description = "EVENT_TYPE values that count as engagement (default: ${DEFAULT-VALUE}).")
  List<String> engagementTypes;

  @Override
  public Integer call() throws Exception {
    AttributeOptions o = StageConfig.resolve(
        AttributeOptions.defaults(), common.config(), "attribute", spec);
    RunLayout layout = common.layout();
    AttributeJob job = new AttributeJob(o, layout, writeBack(o, System.getenv(),
        layout.runId()));
    for (Variant v : o.parsedVariants()) {
      job.run(v);
      spec.commandLine().getOut().printf("attribute %s: %s%n", v,
          layout.stageDir(Stage.ATTRIBUTE, v));
    }
    return 0;
  }

  /** The configured write-back, or null for none. */
  static WriteBack writeBack(AttributeOptions o, Map<String, String> env, String runId) {
    WarehouseSql sql = new WarehouseSql(o.warehouseSchema(), o.warehouseTablePrefix());
    return switch (o.writeBack()) {
      case DUCKDB -> new WriteBack(Warehouses.duckdb(o.duckdb()), sql);
      case SNOWFLAKE -> new WriteBack(Warehouses.snowflake(o.snowflake(), env, runId), sql);
      case NONE -> null;
    };
  }
}

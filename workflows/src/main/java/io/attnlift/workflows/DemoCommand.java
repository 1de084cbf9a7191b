package io.attnlift.workflows;

import io.attnlift.common.CommonOptions;
import io.attnlift.common.ExitCodes;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Generates the synthetic world into the embedded DuckDB, runs the whole pipeline on it and prints
 * where the HTML report is.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Generate synthetic data, run every stage on it, print the report's path.")
final class DemoCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(DemoCommand.class);

  @Mixin CommonOptions common;

  @Option(names = "--users", defaultValue = "10000",
      description = "Users in the synthetic world, all sampled (default: ${DEFAULT-VALUE}).")
  int users;

  @Option(names = "--seed", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--duckdb", defaultValue = "data/attnlift.duckdb",
      description = "DuckDB file to generate into (default: ${DEFAULT-VALUE}).")
  Path duckdb;

  @Option(names = "--world", paramLabel = "FILE",
      description = "World spec (YAML) with other drivers; default: the built-in world.")
  Path world;

  @Option(names = "--max-epochs", paramLabel = "N",
      description = "Training epochs per variant (default: the demo preset's).")
  Integer maxEpochs;

  /** The preset that keeps the demo well under 10 minutes on 2 cores; the model is never shrunk. */
  static final String DEMO_PRESET = "workflows/presets/demo.yaml";

  @Override
  public Integer call() {
    StageJars jars = StageJars.locate();
    List<String> gen = new ArrayList<>(List.of("generate",
        "--duckdb=" + duckdb.toAbsolutePath(), "--users=" + users, "--seed=" + seed));
    if (world != null) {
      gen.add("--world=" + world.toAbsolutePath());
    }
    LOG.info("generating {} users into {}", users, duckdb);
    int code = jars.run("extract", gen);
    if (code != ExitCodes.OK) {
      return code;
    }
    RunLayout layout = common.layout();
    Path preset = common.config() != null ? common.config() : jars.home().resolve(DEMO_PRESET);
    LocalPipeline pipeline = new LocalPipeline(WorkflowTemplate.load(), jars);
    Map<String, String> params = pipeline.parameters(layout, preset, Map.of(
        "source", "duckdb",
        "duckdb", duckdb.toString(),
        "sample-users", String.valueOf(users),
        "seed", String.valueOf(seed),
        "max-epochs", maxEpochs == null ? "" : maxEpochs.toString()));
    code = pipeline.execute(pipeline.plan(null, null, params), layout);
    if (code == ExitCodes.OK) {
      Path report = layout.stageDir(Stage.REPORT).resolve("report.html");
      LOG.info("demo done: open {}", report);
      System.out.println(report);
    }
    return code;
  }
}

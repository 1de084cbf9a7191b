package io.attnlift.preprocess;

import io.attnlift.common.CommonOptions;
import io.attnlift.common.ExitCodes;
import io.attnlift.common.StageConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code attnlift-preprocess preprocess}: builds the sequence shards of each variant. */
@Command(
    name = "preprocess",
    mixinStandardHelpOptions = true,
    description = "Build per-session sequences, vocabularies, labels and splits (Beam on Flink).")
public final class PreprocessCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  // Flags are strings so that an empty value (Argo passes every parameter) means "not set".
  @Option(names = "--variants", paramLabel = "LIST",
      description = "Comma list of variants (default: no-funnel,with-funnel).")
  String variants;

  @Option(names = "--runner", paramLabel = "RUNNER",
      description = "FlinkRunner (default) or DirectRunner (small data, tests).")
  String runner;

  @Option(names = "--flink-master", paramLabel = "MASTER",
      description = "[local] for embedded Flink (default), or host:port of a Flink cluster.")
  String flinkMaster;

  @Option(names = "--max-length", paramLabel = "N",
      description = "Most events per sequence; the most recent are kept (default: 128).")
  String maxLength;

  @Option(names = "--min-count", paramLabel = "N",
      description = "Training count a value needs for its own vocabulary index (default: 5).")
  String minCount;

  @Option(names = "--shards", paramLabel = "N",
      description = "Parquet files per split (default: about one per million events).")
  String shards;

  @Option(names = "--conversion-events", paramLabel = "LIST",
      description = "Funnel events that mean a conversion (default:"
          + " action_place_order,system_checkout_success).")
  String conversionEvents;

  @Option(names = "--parallelism", paramLabel = "N",
      description = "Flink parallelism (default: the available cores).")
  String parallelism;

  @Option(names = "--val-fraction", paramLabel = "F",
      description = "Share of users in the validation split (default: 0.1).")
  String valFraction;

  @Option(names = "--test-fraction", paramLabel = "F",
      description = "Share of users in the test split (default: 0.1).")
  String testFraction;

  @Option(names = "--max-conflict-rate", paramLabel = "F",
      description = "Largest share of sessions under several users before failing"
          + " (default: 0.01).")
  String maxConflictRate;

  @Override
  public Integer call() throws Exception {
    PreprocessOptions options =
        StageConfig.resolve(PreprocessOptions.defaults(), common.config(), "preprocess", spec);
    new PreprocessJob(common.layout(), options).run();
    return ExitCodes.OK;
  }
}

package io.attnlift.preprocess;

import io.attnlift.common.CommonOptions;
import io.attnlift.common.ExitCodes;
import io.attnlift.common.StageConfig;
import io.attnlift.common.StageDefaults;
import io.attnlift.common.Variant;
import java.util.List;
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
    defaultValueProvider = PreprocessCommand.Defaults.class,
    description = "Build per-session sequences, vocabularies, labels and splits (Beam on Flink).")
public final class PreprocessCommand implements Callable<Integer> {
  /** The flags' defaults: {@link PreprocessOptions#defaults()}. */
  public static final class Defaults extends StageDefaults {
    public Defaults() {
      super(PreprocessOptions.defaults());
    }
  }

  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Option(names = "--variants", paramLabel = "LIST", split = ",",
      description = "Variants (default: ${DEFAULT-VALUE}).")
  List<Variant> variants;

  @Option(names = "--runner", paramLabel = "RUNNER",
      description = "FlinkRunner or DirectRunner (small data, tests) (default: ${DEFAULT-VALUE}).")
  PreprocessOptions.Runner runner;

  @Option(names = "--flink-master", paramLabel = "MASTER",
      description = "[local] for embedded Flink, or host:port of a Flink cluster (default:"
          + " ${DEFAULT-VALUE}).")
  String flinkMaster;

  @Option(names = "--max-length", paramLabel = "N",
      description = "Most events per sequence; the most recent are kept (default:"
          + " ${DEFAULT-VALUE}).")
  Integer maxLength;

  @Option(names = "--min-count", paramLabel = "N",
      description = "Training count a value needs for its own vocabulary index (default:"
          + " ${DEFAULT-VALUE}).")
  Integer minCount;

  @Option(names = "--shards", paramLabel = "N",
      description = "Parquet files per split; 0: about one per million events (default:"
          + " ${DEFAULT-VALUE}).")
  Integer shards;

  @Option(names = "--funnel-event-types", paramLabel = "LIST", split = ",",
      description = "EVENT_TYPE values of funnel events (default: ${DEFAULT-VALUE}).")
  List<String> funnelEventTypes;

  @Option(names = "--funnel-events", paramLabel = "LIST", split = ",",
      description = "EVENT values that are funnel events whatever their type (default: none).")
  List<String> funnelEvents;

  @Option(names = "--conversion-events", paramLabel = "LIST", split = ",",
      description = "Funnel events that mean a conversion (default: ${DEFAULT-VALUE}).")
  List<String> conversionEvents;

  @Option(names = "--parallelism", paramLabel = "N",
      description = "Flink parallelism; 0: the available cores (default: ${DEFAULT-VALUE}).")
  Integer parallelism;

  @Option(names = "--val-fraction", paramLabel = "F",
      description = "Share of users in the validation split (default: ${DEFAULT-VALUE}).")
  Double valFraction;

  @Option(names = "--test-fraction", paramLabel = "F",
      description = "Share of users in the test split (default: ${DEFAULT-VALUE}).")
  Double testFraction;

  @Option(names = "--max-conflict-rate", paramLabel = "F",
      description = "Largest share of sessions under several users before failing (default:"
          + " ${DEFAULT-VALUE}).")
  Double maxConflictRate;

  @Override
  public Integer call() throws Exception {
    PreprocessOptions options =
        StageConfig.resolve(PreprocessOptions.defaults(), common.config(), "preprocess", spec);
    new PreprocessJob(common.layout(), options).run();
    return ExitCodes.OK;
  }
}

package io.attnlift.train;

import io.attnlift.common.CommonOptions;
import io.attnlift.common.RunLayout;
import io.attnlift.common.StageConfig;
import io.attnlift.common.StageDefaults;
import io.attnlift.common.Variant;
import io.attnlift.train.model.Device;
import io.attnlift.train.model.Precision;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code train}: trains each variant on its preprocess output. An empty flag means unset. */
@Command(name = "train", mixinStandardHelpOptions = true,
    defaultValueProvider = TrainCommand.Defaults.class,
    description = "Train the Transformer per variant; write model, metrics, predictions,"
        + " attributions and the deletion test.")
public final class TrainCommand implements Callable<Integer> {
  /** The flags' defaults: {@link TrainOptions#defaults()}. */
  public static final class Defaults extends StageDefaults {
    public Defaults() {
      super(TrainOptions.defaults());
    }
  }

  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Option(names = "--variants", paramLabel = "LIST", split = ",",
      description = "Variants (default: ${DEFAULT-VALUE}).")
  List<Variant> variants;

  @Option(names = "--preset", paramLabel = "NAME",
      description = "Model preset: seed or baby (default: ${DEFAULT-VALUE}).")
  String preset;

  @Option(names = "--device", paramLabel = "DEV",
      description = "cpu or gpu (default: ${DEFAULT-VALUE}).")
  Device device;

  @Option(names = "--max-epochs", paramLabel = "N",
      description = "Upper bound on epochs (default: ${DEFAULT-VALUE}).")
  Integer maxEpochs;

  @Option(names = "--patience", paramLabel = "N",
      description = "Epochs without a better validation AUC before stopping (default:"
          + " ${DEFAULT-VALUE}).")
  Integer patience;

  @Option(names = "--batch-size", paramLabel = "N",
      description = "Training batch size (default: ${DEFAULT-VALUE}).")
  Integer batchSize;

  @Option(names = "--seed", paramLabel = "N", description = "Random seed (default:"
      + " ${DEFAULT-VALUE}).")
  Long seed;

  @Option(names = "--attribute-train", arity = "0..1", fallbackValue = "true",
      paramLabel = "BOOL", description = "Also attribute training sessions (default:"
          + " ${DEFAULT-VALUE}).")
  Boolean attributeTrain;

  @Option(names = "--learning-rate", paramLabel = "X",
      description = "Peak learning rate (default: ${DEFAULT-VALUE}).")
  Double learningRate;

  @Option(names = "--max-occlusion-sessions", paramLabel = "N",
      description = "Sessions (test first, then validation) that get occlusion scores; -1 = all"
          + " (default: ${DEFAULT-VALUE}).")
  Integer maxOcclusionSessions;

  @Option(names = "--faithfulness-sessions", paramLabel = "N",
      description = "Test sessions in the deletion test; -1 = all (default: ${DEFAULT-VALUE}).")
  Integer faithfulnessSessions;

  @Option(names = "--removal-variants", paramLabel = "LIST", split = ",",
      description = "Variants whose held-out sessions get removal effects (default:"
          + " ${DEFAULT-VALUE}).")
  List<Variant> removalVariants;

  @Option(names = "--removal-sessions", paramLabel = "N",
      description = "Held-out sessions (test first, then validation) that get removal effects;"
          + " -1 = all (default: ${DEFAULT-VALUE}).")
  Integer removalSessions;

  @Option(names = "--refits", paramLabel = "K",
      description = "Fits of each removal variant's model (seeds seed, seed+1, ...); a removal"
          + " effect whose sign flips between them is not a finding; 1 = no check (default:"
          + " ${DEFAULT-VALUE}).")
  Integer refits;

  @Option(names = "--train-score-sessions", paramLabel = "N",
      description = "Training sessions scored for the training AUC and the predictions' training"
          + " rows, a sample drawn with the seed; -1 = all (default: ${DEFAULT-VALUE}).")
  Integer trainScoreSessions;

  @Option(names = "--event-dropout", paramLabel = "P",
      description = "Probability that training removes an event from a session; 0 = off; -1 ="
          + " the model preset's: 0.1 for seed, 0 for baby (default: ${DEFAULT-VALUE}).")
  Double eventDropout;

  @Option(names = "--length-buckets", arity = "0..1", fallbackValue = "true", paramLabel = "BOOL",
      description = "Batch by length (default: ${DEFAULT-VALUE}).")
  Boolean lengthBuckets;

  @Option(names = "--threads", paramLabel = "N",
      description = "TF threads; 0 = every core (default: ${DEFAULT-VALUE}).")
  Integer threads;

  @Option(names = "--precision", paramLabel = "P", description = "CPU arithmetic: auto"
      + " (bfloat16 where the CPU has AMX/AVX512-BF16), float32 or bfloat16 (default:"
      + " ${DEFAULT-VALUE}).")
  Precision precision;

  @Override
  public Integer call() throws Exception {
    TrainOptions opt =
        StageConfig.resolve(TrainOptions.defaults(), common.config(), "train", spec);
    RunLayout layout = common.layout();
    for (Variant v : opt.variants().stream().distinct().toList()) {
      new TrainJob(layout, opt).run(v);
    }
    return 0;
  }
}

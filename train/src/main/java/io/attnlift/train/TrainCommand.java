package io.attnlift.train;

import io.attnlift.common.CommonOptions;
import io.attnlift.common.RunLayout;
import io.attnlift.common.StageConfig;
import io.attnlift.common.Variant;
import io.attnlift.common.StageException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code train}: trains each variant on its preprocess output. An empty flag means unset. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train the Transformer per variant; write model, metrics, predictions,"
        + " attributions and the deletion test.")
public final class TrainCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Option(names = "--variants", paramLabel = "LIST",
      description = "Comma list of variants (default: no-funnel,with-funnel).")
  String variants;

  @Option(names = "--preset", paramLabel = "NAME", description = "Model preset: seed or baby.")
  String preset;

  @Option(names = "--device", paramLabel = "DEV", description = "cpu (default) or gpu.")
  String device;

  @Option(names = "--max-epochs", paramLabel = "N", description = "Upper bound on epochs (20).")
  String maxEpochs;

  @Option(names = "--patience", paramLabel = "N",
      description = "Epochs without a better validation AUC before stopping (3).")
  String patience;

  @Option(names = "--batch-size", paramLabel = "N", description = "Training batch size (64).")
  String batchSize;

  @Option(names = "--seed", paramLabel = "N", description = "Random seed (42).")
  String seed;

  @Option(names = "--attribute-train", arity = "0..1", fallbackValue = "true",
      paramLabel = "BOOL", description = "Also attribute training sessions (default off).")
  String attributeTrain;

  @Option(names = "--learning-rate", paramLabel = "X", description = "Peak learning rate.")
  String learningRate;

  @Option(names = "--max-occlusion-sessions", paramLabel = "N",
      description = "Sessions (test first, then validation) that get occlusion scores; -1 = all"
          + " (default -1: every held-out session).")
  String maxOcclusionSessions;

  @Option(names = "--faithfulness-sessions", paramLabel = "N",
      description = "Test sessions in the deletion test; -1 = all (default 2000).")
  String faithfulnessSessions;

  @Option(names = "--length-buckets", arity = "0..1", fallbackValue = "true", paramLabel = "BOOL",
      description = "Batch by length (default true).")
  String lengthBuckets;

  @Option(names = "--threads", paramLabel = "N", description = "TF threads; 0 = every core.")
  String threads;

  @Option(names = "--precision", paramLabel = "P", description = "CPU arithmetic: auto"
      + " (bfloat16 where the CPU has AMX/AVX512-BF16, default), float32 or bfloat16.")
  String precision;

  @Override
  public Integer call() throws Exception {
    TrainOptions opt =
        StageConfig.resolve(TrainOptions.defaults(), common.config(), "train", spec);
    opt.modelConfig(); // refuse a bad preset or model key before reading anything
    List<Variant> variantList = Variant.parseList(opt.variants());
    if (variantList.isEmpty()) {
      throw StageException.badInput("--variants names no variant: '%s'", opt.variants());
    }
    RunLayout layout = common.layout();
    for (Variant v : variantList) {
      new TrainJob(layout, opt).run(v);
    }
    return 0;
  }
}

package io.attnlift.train;

import com.fasterxml.jackson.databind.DeserializationFeature;
import io.attnlift.common.Json;
import io.attnlift.common.StageException;
import io.attnlift.common.StageOptions;
import io.attnlift.common.Variant;
import io.attnlift.train.model.Device;
import io.attnlift.train.model.ModelConfig;
import io.attnlift.train.model.OptimizerConfig;
import io.attnlift.train.model.Precision;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The train stage's one immutable options record: code defaults, then the preset file's
 * {@code train} section, then flags. The model's shape comes from {@link #preset} with
 * {@link #model} overriding single keys of it (unknown keys are errors).
 *
 * @param variants the variants to train
 * @param preset model preset: seed (the default) or baby
 * @param model overrides of the preset's keys, e.g. {@code {dropout: 0.2}}
 * @param device where the model runs: cpu or gpu
 * @param maxEpochs upper bound on epochs
 * @param patience epochs without a better validation AUC before stopping
 * @param batchSize sequences per training batch
 * @param seed seed of initialisation, dropout and shuffling
 * @param attributeTrain also write attributions for training sessions
 * @param learningRate peak learning rate after warm-up
 * @param warmupSteps linear warm-up steps (at most a fifth of all steps)
 * @param minLearningRateRatio the cosine decay's floor, relative to the peak
 * @param weightDecay AdamW's decoupled weight decay
 * @param clipNorm global gradient-norm clip
 * @param positiveWeight loss weight of converted sessions; 0 = negatives / positives
 * @param lengthBuckets batch sessions of similar length (pad to the batch's own length)
 * @param threads CPU threads for TensorFlow; 0 = every core
 * @param inferenceBatchSize sequences per inference batch (the fewest, with a token budget)
 * @param inferenceBatchTokens an inference batch of short rows grows by {@code
 *     inferenceBatchSize} rows at a time while its rows times its longest row stay within this
 *     (at most {@value Scorer#MAX_ROWS} rows); 0 = batches of exactly {@code inferenceBatchSize}
 * @param maxOcclusionSessions sessions whose occlusion is computed (the rest get NaN); -1 = all
 * @param faithfulnessSessions test sessions in the deletion test; -1 = all
 * @param removalVariants the variants whose held-out sessions get removal effects
 * @param removalSessions held-out sessions (test first, then validation) that get removal
 *     effects; -1 = all
 * @param removalMinSessions held-out sessions a group must be present in to be removed
 * @param eventDropout probability that training removes an event from a session (re-sequencing
 *     the rest), so that removals are in distribution; 0 = off; -1 = the model preset's
 *     ({@link #eventDropoutRate()})
 * @param precision CPU arithmetic: auto (bfloat16 where the CPU has it), float32 or bfloat16
 * @param refits fits of each removal variant's model, with seeds {@code seed}, {@code seed + 1},
 *     ...: the first is the model kept; the others only re-score the same removals, so that a
 *     claim whose sign flips between fits is not a finding (1 = no stability check)
 * @param trainScoreSessions training sessions scored for the training AUC and the predictions'
 *     training rows: a sample drawn with the seed; -1 = all (validation and test are always
 *     scored whole)
 */
public record TrainOptions(
    List<Variant> variants,
    String preset,
    Map<String, Object> model,
    Device device,
    int maxEpochs,
    int patience,
    int batchSize,
    long seed,
    boolean attributeTrain,
    double learningRate,
    int warmupSteps,
    double minLearningRateRatio,
    double weightDecay,
    double clipNorm,
    double positiveWeight,
    boolean lengthBuckets,
    int threads,
    int inferenceBatchSize,
    int inferenceBatchTokens,
    int maxOcclusionSessions,
    int faithfulnessSessions,
    List<Variant> removalVariants,
    int removalSessions,
    int removalMinSessions,
    double eventDropout,
    Precision precision,
    int refits,
    int trainScoreSessions) implements StageOptions {

  public TrainOptions {
    variants = variants == null ? List.of() : List.copyOf(variants);
    removalVariants = removalVariants == null ? List.of() : List.copyOf(removalVariants);
    model = model == null ? Map.of() : Map.copyOf(model);
    precision = precision == null ? Precision.AUTO : precision;
  }

  /** The stage's one check: ranges, then the preset and model keys (before reading anything). */
  @Override
  public void validate() {
    if (variants.isEmpty()) {
      throw StageException.badInput("--variants names no variant");
    }
    check(maxEpochs >= 1, "max-epochs must be at least 1, got %s", maxEpochs);
    check(patience >= 1, "patience must be at least 1, got %s", patience);
    check(batchSize >= 1, "batch-size must be at least 1, got %s", batchSize);
    check(inferenceBatchSize >= 1, "inference-batch-size must be at least 1, got %s",
        inferenceBatchSize);
    check(inferenceBatchTokens >= 0, "inference-batch-tokens must be 0 (off) or positive, got %s",
        inferenceBatchTokens);
    check(learningRate > 0, "learning-rate must be positive, got %s", learningRate);
    check(removalSessions >= -1, "removal-sessions must be -1 (all) or at least 0, got %s",
        removalSessions);
    check(removalMinSessions >= 1, "removal-min-sessions must be at least 1, got %s",
        removalMinSessions);
    check(eventDropout == PRESET_EVENT_DROPOUT || eventDropout >= 0 && eventDropout < 1,
        "event-dropout must lie in [0, 1) (or be -1: the preset's), got %s", eventDropout);
    check(refits >= 1, "refits must be at least 1 (the model itself), got %s", refits);
    check(trainScoreSessions == -1 || trainScoreSessions >= 1,
        "train-score-sessions must be -1 (all) or at least 1, got %s", trainScoreSessions);
    check(positiveWeight >= 0, "positive-weight must be 0 (auto) or positive, got %s",
        positiveWeight);
    modelConfig();
  }

  private static void check(boolean ok, String format, Object value) {
    if (!ok) {
      throw StageException.badInput(format, value);
    }
  }

  /** The code's defaults: the seed model, early stopping on validation AUC. */
  public static TrainOptions defaults() {
    return new TrainOptions(List.of(Variant.values()), "seed", Map.of(), Device.CPU, 20, 3, 64,
        42, false, 5e-4, 300, 0.1, 0.01, 1.0, 1.0, true, 0, 64, 4096, -1, 2000,
        List.of(Variant.NO_FUNNEL), -1, 20, PRESET_EVENT_DROPOUT, Precision.AUTO, 3, -1);
  }

  /** A scorer that batches as these options say. */
  public Scorer scorer() {
    return new Scorer(inferenceBatchSize, inferenceBatchTokens);
  }

  /** {@link #eventDropout}'s value for "the model preset's". */
  public static final double PRESET_EVENT_DROPOUT = -1;

  /**
   * The event dropout training uses: the option when set, else the preset's, 0.1 for {@code
   * seed} (measured on the positions world at 10,000 users: test AUC 0.576 [0.548, 0.606] with
   * it against 0.572 [0.540, 0.605] without, see train/README.md) and 0 for {@code baby} (the
   * tests' toy model, whose planted worlds need every event).
   */
  public double eventDropoutRate() {
    if (eventDropout != PRESET_EVENT_DROPOUT) {
      return eventDropout;
    }
    return "seed".equals(preset) ? 0.1 : 0.0;
  }

  /** The same options with another seed: the stability check's refits. */
  public TrainOptions withSeed(long otherSeed) {
    return new TrainOptions(variants, preset, model, device, maxEpochs, patience, batchSize,
        otherSeed, attributeTrain, learningRate, warmupSteps, minLearningRateRatio, weightDecay,
        clipNorm, positiveWeight, lengthBuckets, threads, inferenceBatchSize, inferenceBatchTokens,
        maxOcclusionSessions, faithfulnessSessions, removalVariants, removalSessions,
        removalMinSessions, eventDropout, precision, refits, trainScoreSessions);
  }

  /** The model's shape: the preset with {@link #model}'s keys on top. */
  public ModelConfig modelConfig() {
    ModelConfig base = ModelConfig.preset(preset);
    if (model.isEmpty()) {
      return base;
    }
    Map<String, Object> merged = Json.MAPPER.convertValue(base,
        Json.MAPPER.getTypeFactory().constructMapType(LinkedHashMap.class, String.class,
            Object.class));
    merged.putAll(model);
    try {
      return Json.MAPPER.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .convertValue(merged, ModelConfig.class);
    } catch (IllegalArgumentException e) {
      throw StageException.badInput("bad model override %s: %s", model, e.getMessage());
    }
  }

  /** AdamW's constants. */
  public OptimizerConfig optimizer() {
    return new OptimizerConfig(0.9, 0.999, 1e-8, weightDecay, clipNorm);
  }
}

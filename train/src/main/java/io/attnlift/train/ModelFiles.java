package io.attnlift.train;

import io.attnlift.common.Contract;
import io.attnlift.common.Json;
import io.attnlift.common.Vocabulary;
import io.attnlift.train.data.SequenceReader;
import io.attnlift.train.model.Inputs;
import io.attnlift.train.model.ModelConfig;
import io.attnlift.train.model.ModelGraph;
import io.attnlift.train.model.ModelSession;
import io.attnlift.train.model.Precision;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model artifact: a SavedModel ({@code serve}: the nine sequence columns → probability;
 * {@code explain}: also attention, per-layer attention and gradient x input) and
 * {@code model.json}, which describes it: configuration, vocabularies, inputs, outputs, versions.
 */
public final class ModelFiles {
  static final String DIR = "model";
  static final String CARD = "model.json";
  /** The version of model.json's layout. */
  public static final int SCHEMA_VERSION = 1;

  private ModelFiles() {}

  /**
   * Exports the session's current weights and writes model.json beside them. The saved graph is
   * float32 whatever the precision the stage ran in; {@code precision} records that one.
   */
  static void export(ModelSession model, Path dir, ModelConfig cfg, TrainOptions opt,
      Precision precision, Vocabulary vocab, float priorLogit, int epochKept)
      throws IOException {
    model.export(dir);
    Map<String, Object> card = new LinkedHashMap<>();
    card.put("schema_version", SCHEMA_VERSION);
    card.put("sequences_contract_version", Contract.SEQUENCES.version());
    card.put("tensorflow", org.tensorflow.TensorFlow.version());
    card.put("model", cfg);
    card.put("train", opt);
    card.put("precision", precision.id());
    card.put("prior_logit", priorLogit);
    card.put("epoch_kept", epochKept);
    card.put("parameters", model.parameterCount());
    card.put("vocab_sizes", sizes(vocab));
    card.put("vocabulary", vocab);
    card.put("inputs", Inputs.names());
    card.put("signatures", Map.of(
        ModelGraph.SERVE, List.of(ModelGraph.PROBABILITY),
        ModelGraph.EXPLAIN, List.of(ModelGraph.PROBABILITY, ModelGraph.ATTENTION,
            ModelGraph.ATTENTION_LAYERS, ModelGraph.GRADIENT_X_INPUT)));
    Json.write(dir.resolve(CARD), card);
  }

  private static Map<String, Integer> sizes(Vocabulary vocab) {
    int[] s = SequenceReader.vocabSizes(vocab);
    Map<String, Integer> m = new LinkedHashMap<>();
    for (io.attnlift.train.data.Feature f : io.attnlift.train.data.Feature.values()) {
      m.put(f.vocabName(), s[f.ordinal()]);
    }
    return m;
  }
}

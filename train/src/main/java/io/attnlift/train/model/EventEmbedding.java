package io.attnlift.train.model;

import io.attnlift.train.data.Feature;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Stack;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * The per-event input: six embeddings (through {@code tf.gather}, which has a gradient) and the
 * three continuous features, concatenated and projected to d_model.
 */
public final class EventEmbedding {
  private final ModelConfig cfg;
  private final List<Variable<TFloat32>> tables = new ArrayList<>();
  private final Dense projection;

  /** @param vocabSizes the number of indices of each {@link Feature}, padding and OOV included */
  public EventEmbedding(Params params, ModelConfig cfg, int[] vocabSizes) {
    this.cfg = cfg;
    int[] dims = dims(cfg);
    for (Feature f : Feature.values()) {
      // N(0, 1) as torch.nn.Embedding: the projected event then has about unit scale, level
      // with the positional encoding instead of drowned by it.
      tables.add(params.table("embed." + f.vocabName(), vocabSizes[f.ordinal()],
          dims[f.ordinal()], 1.0));
    }
    this.projection = new Dense(params, "embed.projection", cfg.inputDim(), cfg.dModel());
  }

  /** The embedding width of each feature, in {@link Feature} order. */
  static int[] dims(ModelConfig cfg) {
    return new int[] {cfg.eventDim(), cfg.discoveryFeatureDim(), cfg.storeDim(),
        cfg.storeNameDim(), cfg.primaryTagDim(), cfg.primaryCategoryDim()};
  }

  /** The inputs [B, T] each → the projected per-event input [B*T, d]. */
  public Operand<TFloat32> apply(Pass pass, Inputs in) {
    Ops tf = pass.tf();
    List<Operand<TFloat32>> parts = new ArrayList<>();
    for (Feature f : Feature.values()) {
      parts.add(tf.gather(tables.get(f.ordinal()), in.indices().get(f.ordinal()),
          tf.constant(0))); // [B, T, e_f]
    }
    List<Operand<TFloat32>> cont = new ArrayList<>(in.continuous());
    parts.add(tf.stack(cont, Stack.axis(2L))); // [B, T, 3]
    Operand<TFloat32> joined = tf.concat(parts, tf.constant(2)); // [B, T, E]
    Operand<TFloat32> rows =
        tf.reshape(joined, tf.constant(new int[] {-1, cfg.inputDim()})); // [B*T, E]
    return projection.apply(pass, rows); // [B*T, d]
  }
}

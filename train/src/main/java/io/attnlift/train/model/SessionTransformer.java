package io.attnlift.train.model;

import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.op.dtypes.Cast;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The seed's model: per-event embeddings projected to d_model, sinusoidal positions, a learned CLS
 * vector in front, a key-padding mask, pre-LN encoder layers, CLS pooling and a classification
 * head giving one logit per session.
 */
public final class SessionTransformer {
  private static final float NEG_INF = -1e9f;

  /**
   * One pass's results.
   *
   * @param logit [B]
   * @param projectedInput [B*T, d], the per-event input after the projection (gradient x input)
   * @param attention per layer, [B, H, T+1, T+1]
   * @param valid [B, T], 1 for a real event, 0 for padding
   */
  public record Forward(Operand<TFloat32> logit, Operand<TFloat32> projectedInput,
      List<Operand<TFloat32>> attention, Operand<TFloat32> valid) {}

  private final ModelConfig cfg;
  private final EventEmbedding embedding;
  private final Variable<TFloat32> cls;
  private final List<EncoderBlock> blocks = new ArrayList<>();
  private final LayerNorm finalNorm;
  private final Dense hidden;
  private final Dense output;

  /** @param priorLogit the output bias at start: the log odds of the training base rate */
  public SessionTransformer(Params params, ModelConfig cfg, int[] vocabSizes, float priorLogit) {
    this.cfg = cfg;
    this.embedding = new EventEmbedding(params, cfg, vocabSizes);
    this.cls = params.random("cls", Shape.of(1, 1, cfg.dModel()), 0.02, false);
    for (int i = 0; i < cfg.layers(); i++) {
      blocks.add(new EncoderBlock(params, "encoder.layer" + i, cfg));
    }
    this.finalNorm = new LayerNorm(params, "encoder.final_ln", cfg.dModel());
    this.hidden = new Dense(params, "head.hidden", cfg.dModel(), cfg.dModel() / 2);
    this.output = new Dense(params, "head.output", cfg.dModel() / 2, 1, 0.02, priorLogit);
  }

  /** Builds one pass over the inputs. */
  public Forward forward(Pass pass, Inputs in) {
    Ops tf = pass.tf();
    Operand<TInt32> events = tf.math.sub(pass.tokens(), tf.constant(1)); // T
    Operand<TFloat32> x0 = embedding.apply(pass, in); // [B*T, d]
    Operand<TInt32> btd = pass.shape(pass.batch(), events, pass.constant(cfg.dModel()));
    Operand<TFloat32> x = tf.math.add(tf.reshape(x0, btd), positions(pass, events)); // [B, T, d]
    Operand<TInt32> b11 = pass.shape(pass.batch(), pass.constant(1), pass.constant(1));
    Operand<TFloat32> clsRows = tf.math.mul(tf.fill(b11, tf.constant(1f)), cls); // [B, 1, d]
    Operand<TFloat32> h = tf.concat(List.of(clsRows, x), tf.constant(1)); // [B, T+1, d]
    h = pass.dropout(tf.reshape(h, tf.constant(new int[] {-1, cfg.dModel()}))); // [B*(T+1), d]

    Operand<TFloat32> valid = tf.dtypes.cast(
        tf.math.notEqual(in.events(), tf.constant(0)), TFloat32.class, Cast.Truncate(false));
    Operand<TFloat32> keyBias = keyBias(pass, valid); // [B, 1, 1, T+1]
    List<Operand<TFloat32>> attention = new ArrayList<>();
    for (EncoderBlock block : blocks) {
      MultiHeadAttention.Out o = block.apply(pass, h, keyBias);
      h = o.values();
      attention.add(o.weights());
    }
    h = finalNorm.apply(tf, h);
    Operand<TInt32> btd1 = pass.shape(pass.batch(), pass.tokens(), pass.constant(cfg.dModel()));
    Operand<TFloat32> pooled =
        tf.gather(tf.reshape(h, btd1), tf.constant(0), tf.constant(1)); // [B, d]: CLS
    Operand<TFloat32> z = pass.dropout(FeedForward.gelu(pass, hidden.apply(pass, pooled)));
    Operand<TFloat32> logit =
        tf.reshape(output.apply(pass, z), tf.constant(new int[] {-1})); // [B]
    return new Forward(logit, x0, attention, valid);
  }

  /** The sinusoidal encoding of positions 0..T-1: [T, d]. */
  private Operand<TFloat32> positions(Pass pass, Operand<TInt32> events) {
    Ops tf = pass.tf();
    Operand<TFloat32> table = tf.constant(sinusoids(cfg.maxLength(), cfg.dModel()));
    return tf.slice(table, tf.constant(new int[] {0, 0}),
        pass.shape(events, pass.constant(cfg.dModel())));
  }

  /** valid [B, T] → [B, 1, 1, T+1]: 0 for CLS and real events, -1e9 for padding. */
  private Operand<TFloat32> keyBias(Pass pass, Operand<TFloat32> valid) {
    Ops tf = pass.tf();
    Operand<TFloat32> clsCol =
        tf.fill(pass.shape(pass.batch(), pass.constant(1)), tf.constant(1f)); // [B, 1]
    Operand<TFloat32> keep = tf.concat(List.of(clsCol, valid), tf.constant(1)); // [B, T+1]
    Operand<TFloat32> bias = tf.math.mul(tf.math.sub(keep, tf.constant(1f)), tf.constant(-NEG_INF));
    return tf.reshape(bias, pass.shape(pass.batch(), pass.constant(1), pass.constant(1),
        pass.tokens()));
  }

  /** PE[pos, 2i] = sin(pos / 10000^(2i/d)), PE[pos, 2i+1] = cos(...). */
  static float[][] sinusoids(int length, int d) {
    float[][] pe = new float[length][d];
    for (int pos = 0; pos < length; pos++) {
      for (int i = 0; i < d; i++) {
        double angle = pos / Math.pow(10000, (2 * (i / 2)) / (double) d);
        pe[pos][i] = (float) (i % 2 == 0 ? Math.sin(angle) : Math.cos(angle));
      }
    }
    return pe;
  }
}

package io.attnlift.train.model;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Split;
import org.tensorflow.op.train.BatchMatMul;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/** Multi-head self-attention with a key-padding bias; also returns the attention weights. */
public final class MultiHeadAttention {
  private static final int[] HEADS_FIRST = {0, 2, 1, 3};

  /** The attended values [B*(T+1), d] and the attention weights [B, H, T+1, T+1]. */
  public record Out(Operand<TFloat32> values, Operand<TFloat32> weights) {}

  private final ModelConfig cfg;
  private final Dense qkv;
  private final Dense out;

  public MultiHeadAttention(Params params, String name, ModelConfig cfg) {
    this.cfg = cfg;
    this.qkv = new Dense(params, name + ".qkv", cfg.dModel(), 3 * cfg.dModel());
    this.out = new Dense(params, name + ".out", cfg.dModel(), cfg.dModel(),
        Math.sqrt(1.0 / cfg.dModel()) / Math.sqrt(2.0 * cfg.layers()), 0f);
  }

  /**
   * @param x [B*(T+1), d], rows grouped by sequence
   * @param keyBias [B, 1, 1, T+1]: 0 for a real token, a large negative number for padding
   */
  public Out apply(Pass pass, Operand<TFloat32> x, Operand<TFloat32> keyBias) {
    Ops tf = pass.tf();
    Operand<TInt32> heads = pass.constant(cfg.heads());
    Operand<TInt32> headDim = pass.constant(cfg.headDim());
    Operand<TInt32> split4 = pass.shape(pass.batch(), pass.tokens(), heads, headDim);
    Split<TFloat32> parts = tf.split(tf.constant(1), qkv.apply(pass, x), 3L); // 3 x [N, d]
    Operand<TFloat32> q = toHeads(tf, parts.output().get(0), split4); // [B, H, T+1, dh]
    Operand<TFloat32> k = toHeads(tf, parts.output().get(1), split4);
    Operand<TFloat32> v = toHeads(tf, parts.output().get(2), split4);

    Operand<TFloat32> scores =
        tf.train.batchMatMul(q, k, TFloat32.class, BatchMatMul.adjY(true)); // [B, H, T+1, T+1]
    scores = tf.math.add(
        tf.math.mul(scores, tf.constant((float) (1.0 / Math.sqrt(cfg.headDim())))), keyBias);
    Operand<TFloat32> weights = tf.nn.softmax(scores); // rows sum to 1 over real keys
    Operand<TFloat32> ctx =
        tf.train.batchMatMul(pass.dropout(weights), v, TFloat32.class); // [B, H, T+1, dh]
    ctx = tf.linalg.transpose(ctx, tf.constant(HEADS_FIRST)); // [B, T+1, H, dh]
    ctx = tf.reshape(ctx, tf.constant(new int[] {-1, cfg.dModel()})); // [B*(T+1), d]
    return new Out(out.apply(pass, ctx), weights);
  }

  /** [N, d] → [B, T+1, H, dh] → [B, H, T+1, dh]. */
  private static Operand<TFloat32> toHeads(Ops tf, Operand<TFloat32> x, Operand<TInt32> shape) {
    return tf.linalg.transpose(tf.reshape(x, shape), tf.constant(HEADS_FIRST));
  }
}

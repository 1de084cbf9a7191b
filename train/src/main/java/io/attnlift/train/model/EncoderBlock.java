package io.attnlift.train.model;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * One pre-layer-norm encoder layer: x + Dropout(Attention(LN(x))), then x + Dropout(FFN(LN(x))).
 * Pre-LN trains stably without a long warm-up; post-LN collapsed.
 */
public final class EncoderBlock {
  private final LayerNorm norm1;
  private final MultiHeadAttention attention;
  private final LayerNorm norm2;
  private final FeedForward feedForward;

  public EncoderBlock(Params params, String name, ModelConfig cfg) {
    this.norm1 = new LayerNorm(params, name + ".ln1", cfg.dModel());
    this.attention = new MultiHeadAttention(params, name + ".attn", cfg);
    this.norm2 = new LayerNorm(params, name + ".ln2", cfg.dModel());
    this.feedForward = new FeedForward(params, name + ".ffn", cfg);
  }

  /** x [B*(T+1), d] → the block's output [B*(T+1), d] and its attention [B, H, T+1, T+1]. */
  public MultiHeadAttention.Out apply(Pass pass, Operand<TFloat32> x, Operand<TFloat32> keyBias) {
    Ops tf = pass.tf();
    MultiHeadAttention.Out att = attention.apply(pass, norm1.apply(tf, x), keyBias);
    Operand<TFloat32> h = tf.math.add(x, pass.dropout(att.values()));
    Operand<TFloat32> f = feedForward.apply(pass, norm2.apply(tf, h));
    return new MultiHeadAttention.Out(tf.math.add(h, pass.dropout(f)), att.weights());
  }
}

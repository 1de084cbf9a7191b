package io.attnlift.train.model;

import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.OptimizerOptions.GlobalJitLevel;
import org.tensorflow.proto.RewriterConfig;

/**
 * How a session runs, never what it computes: the device, TensorFlow's thread pools and the
 * arithmetic precision of the CPU kernels.
 *
 * @param threads intra-op threads, and inter-op threads unless the tuning sets them; 0 = every
 *     core
 * @param tuning the benchmark's other knobs ({@link Tuning#DEFAULT} in the train stage)
 */
public record Execution(Device device, int threads, Precision precision, Tuning tuning) {
  public Execution {
    if (precision == Precision.AUTO) {
      throw new IllegalArgumentException("resolve the precision first (Precision.resolve)");
    }
    java.util.Objects.requireNonNull(tuning, "tuning");
  }

  /** The train stage's execution: default tuning. */
  public Execution(Device device, int threads, Precision precision) {
    this(device, threads, precision, Tuning.DEFAULT);
  }

  /** float32 on the CPU with every core: what tests use. */
  public static Execution cpu(int threads) {
    return new Execution(Device.CPU, threads, Precision.FLOAT32);
  }

  /**
   * The training session's configuration: float32 kernels. With bfloat16 the training pass's
   * matrix products are bfloat16 in the graph itself (float32 around them), which trains faster
   * than the rewrite below because the element-wise ops stay in float32.
   */
  public ConfigProto trainingConfig() {
    return base().build();
  }

  /**
   * The scoring session's configuration: with bfloat16, oneDNN's mixed-precision rewrite of the
   * float32 inference pass, whose fused layer-norm, MatMul + GELU kernels then run in bfloat16.
   */
  public ConfigProto scoringConfig() {
    ConfigProto.Builder b = base();
    if (precision == Precision.BFLOAT16) {
      b.getGraphOptionsBuilder().getRewriteOptionsBuilder()
          .setAutoMixedPrecisionOnednnBfloat16(RewriterConfig.Toggle.ON);
    }
    return b.build();
  }

  private ConfigProto.Builder base() {
    int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    ConfigProto.Builder b = ConfigProto.newBuilder()
        .setIntraOpParallelismThreads(n)
        .setInterOpParallelismThreads(tuning.interOpThreads() > 0 ? tuning.interOpThreads() : n)
        .setUsePerSessionThreads(tuning.perSessionThreads())
        .setAllowSoftPlacement(true);
    if (tuning.jit() != GlobalJitLevel.OFF) {
      b.getGraphOptionsBuilder().getOptimizerOptionsBuilder().setGlobalJitLevel(tuning.jit());
    }
    if (device == Device.CPU) {
      b.putDeviceCount("GPU", 0);
    }
    return b;
  }
}

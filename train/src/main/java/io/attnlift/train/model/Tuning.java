package io.attnlift.train.model;

import org.tensorflow.proto.OptimizerOptions.GlobalJitLevel;

/**
 * Runtime knobs beyond the thread count and the precision, each A/B'd by the benchmark's
 * {@code LeversMain} against {@link #DEFAULT} (bench/README.md, "Train speed"): they change how
 * fast a session runs, never what it computes. The default is what the train stage uses; the
 * others did not pay on the machine they were measured on, and stay only so the benchmark can
 * measure them again.
 *
 * @param interOpThreads TensorFlow's inter-op threads; 0 = the same as the intra-op threads
 * @param perSessionThreads each session gets its own inter-op pool instead of the process's
 * @param jit XLA auto-clustering ({@code OFF} by default; on the CPU it only takes effect when
 *     the process runs with {@code TF_XLA_FLAGS=--tf_xla_cpu_global_jit})
 */
public record Tuning(int interOpThreads, boolean perSessionThreads, GlobalJitLevel jit) {
  /** What the train stage runs with. */
  public static final Tuning DEFAULT = new Tuning(0, false, GlobalJitLevel.OFF);

  public Tuning {
    if (interOpThreads < 0) {
      throw new IllegalArgumentException("interOpThreads must be >= 0, got " + interOpThreads);
    }
  }
}

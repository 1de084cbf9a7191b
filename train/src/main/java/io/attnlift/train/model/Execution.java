package io.attnlift.train.model;

import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.RewriterConfig;

/**
 * How a session runs, never what it computes: the device, TensorFlow's thread pools and the
 * arithmetic precision of the CPU kernels.
 *
 * @param threads intra- and inter-op threads; 0 = every core
 */
public record Execution(Device device, int threads, Precision precision) {
  /** float32 on the CPU with every core: what tests use. */
  public static Execution cpu(int threads) {
    return new Execution(Device.CPU, threads, Precision.FLOAT32);
  }

  /** The session configuration. */
  public ConfigProto config() {
    int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    ConfigProto.Builder b = ConfigProto.newBuilder()
        .setIntraOpParallelismThreads(n)
        .setInterOpParallelismThreads(n)
        .setAllowSoftPlacement(true);
    if (device == Device.CPU) {
      b.putDeviceCount("GPU", 0);
    }
    if (precision == Precision.BFLOAT16) {
      b.getGraphOptionsBuilder().getRewriteOptionsBuilder()
          .setAutoMixedPrecisionOnednnBfloat16(RewriterConfig.Toggle.ON);
    }
    return b.build();
  }
}

package io.attnlift.train.model;

import io.attnlift.common.StageException;
import org.tensorflow.DeviceSpec;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.proto.ConfigProto;

/**
 * Where the model runs: {@code cpu} (the default; GPUs hidden even on a GPU node) or {@code gpu},
 * which needs the GPU build of the native library (the {@code gpu} Maven profile) and a visible
 * GPU, and fails clearly when there is none instead of falling back to the CPU.
 */
public enum Device {
  CPU,
  GPU;

  /** Parses {@code cpu} or {@code gpu}. */
  public static Device parse(String name) {
    return switch (name) {
      case "cpu" -> CPU;
      case "gpu" -> GPU;
      default -> throw StageException.badInput("unknown device '%s' (expected cpu or gpu)", name);
    };
  }

  /** Fails with exit 2 when a GPU was asked for and none is visible to TensorFlow. */
  public void check() {
    if (this == CPU) {
      return;
    }
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      tf.withDevice(DeviceSpec.newBuilder().deviceType(DeviceSpec.DeviceType.GPU)
          .deviceIndex(0).build()).withName("gpu_probe").constant(1f);
      ConfigProto strict = ConfigProto.newBuilder().setAllowSoftPlacement(false).build();
      try (Session s = new Session(g, strict); Result r = s.runner().fetch("gpu_probe").run()) {
        r.size();
      }
    } catch (RuntimeException e) {
      throw StageException.badInput("--device gpu was asked for, but TensorFlow sees no GPU (%s)."
          + " Use the train image built with the gpu profile (CUDA 12.5, cuDNN 9.3) on a GPU"
          + " node, or --device cpu", firstLine(e.getMessage()));
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "no detail";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** The flag value. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

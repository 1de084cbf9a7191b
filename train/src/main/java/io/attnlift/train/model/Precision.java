package io.attnlift.train.model;

import io.attnlift.common.StageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The arithmetic the CPU kernels run in. The model and its saved graph are float32 either way:
 * {@code bfloat16} asks TensorFlow's oneDNN mixed-precision rewrite to run matrix products (and
 * the element-wise ops around them) in bfloat16 with float32 weights and optimizer state, which
 * on a CPU with AMX-BF16 or AVX512-BF16 is several times faster per matrix product.
 */
public enum Precision {
  /** Resolved by {@link #resolve}: bfloat16 where the CPU has it, else float32. */
  AUTO,
  FLOAT32,
  BFLOAT16;

  /** Parses {@code auto}, {@code float32} or {@code bfloat16}. */
  public static Precision parse(String name) {
    return switch (name) {
      case "auto" -> AUTO;
      case "float32" -> FLOAT32;
      case "bfloat16" -> BFLOAT16;
      default -> throw StageException.badInput(
          "unknown precision '%s' (expected auto, float32 or bfloat16)", name);
    };
  }

  /**
   * What a session on {@code device} runs in: float32 and bfloat16 as given, {@code auto}
   * bfloat16 on a CPU whose flags in {@code /proc/cpuinfo} include {@code amx_bf16} or
   * {@code avx512_bf16}, else float32. On a GPU the rewrite does not apply: auto is float32 there
   * and bfloat16 is refused.
   */
  public Precision resolve(Device device) {
    return switch (this) {
      case FLOAT32 -> FLOAT32;
      case BFLOAT16 -> {
        if (device == Device.GPU) {
          throw StageException.badInput("--precision bfloat16 is the oneDNN CPU rewrite; with"
              + " --device gpu use float32 or auto");
        }
        yield BFLOAT16;
      }
      case AUTO -> device == Device.CPU && cpuHasBf16(Path.of("/proc/cpuinfo")) ? BFLOAT16
          : FLOAT32;
    };
  }

  /** Whether a cpuinfo file lists native bfloat16 instructions; false when it is unreadable. */
  public static boolean cpuHasBf16(Path cpuinfo) {
    try {
      for (String line : Files.readAllLines(cpuinfo)) {
        if (line.startsWith("flags")
            && (line.contains(" amx_bf16") || line.contains(" avx512_bf16"))) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  /** The flag value. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}

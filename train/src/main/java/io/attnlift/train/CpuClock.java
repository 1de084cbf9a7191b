package io.attnlift.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU seconds used by this process (all threads, TensorFlow's native ones included), from
 * {@code /proc/self/stat}; NaN where that file does not exist. On a shared machine, sequences per
 * CPU second measure the work a step costs independently of how busy the machine is.
 */
final class CpuClock {
  private static final double TICKS_PER_SECOND = 100.0;

  private CpuClock() {}

  /** User plus system CPU seconds of this process so far. */
  static double seconds() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // after "pid (comm) ": state is field 3, utime field 14, stime field 15 (1-based)
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }
}

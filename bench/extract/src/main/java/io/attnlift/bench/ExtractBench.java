package io.attnlift.bench;

import io.attnlift.common.Manifest;
import io.attnlift.common.RunLayout;
import io.attnlift.common.StageConfig;
import io.attnlift.common.json.ExtractStats;
import io.attnlift.extract.ExtractJob;
import io.attnlift.extract.ExtractOptions;
import io.attnlift.extract.GenerateJob;
import io.attnlift.extract.GenerateOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The extract benchmark: generates (or reuses) a world of N users in a DuckDB file, then extracts
 * every user's events into Parquet in this JVM, sampling the heap every 20 ms. Prints one JSON
 * object: rows, seconds, rows per second, and the peak heap (used, and live after GC).
 *
 * <p>Run by {@code bench/extract/run.sh}: {@code java -Xmx1g -jar attnlift-bench-extract.jar
 * <work dir> <users>}.
 */
public final class ExtractBench {
  private static volatile long peakUsed;

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    int users = Integer.parseInt(args[1]);
    Path db = work.resolve("bench-" + users + ".duckdb");
    double generateSeconds = -1;
    if (!Files.exists(db)) {
      long t0 = System.nanoTime();
      new GenerateJob(StageConfig.override(GenerateOptions.defaults(), Map.of(
          "duckdb", db.toString(), "users", users, "seed", 42, "endDate", "2026-11-27"))).run();
      generateSeconds = (System.nanoTime() - t0) / 1e9;
    }
    System.gc();
    peakUsed = 0;
    resetPeaks();
    Thread sampler = new Thread(ExtractBench::sample);
    sampler.setDaemon(true);
    sampler.start();
    ExtractOptions o = StageConfig.override(ExtractOptions.defaults(), Map.of("source", "duckdb",
        "duckdb", db.toString(), "sampleUsers", users, "seed", 42, "since", "2026-10-30",
        "until", "2026-11-27"));
    long t0 = System.nanoTime();
    new ExtractJob(o, new RunLayout(work.resolve("runs"), "bench-" + users), Map.of(),
        LocalDate.of(2026, 11, 27)).run();
    double secs = (System.nanoTime() - t0) / 1e9;
    Path out = work.resolve("runs/bench-" + users + "/extract");
    long rows = Manifest.CONTRACT.read(out.resolve(Manifest.FILE_NAME))
        .stats(ExtractStats.CONTRACT, out).rows();
    long maxHeap = Runtime.getRuntime().maxMemory();
    System.out.printf(
        "{\"users\": %d, \"rows\": %d, \"seconds\": %.2f, \"rows_per_second\": %.0f,"
            + " \"peak_heap_used_mb\": %.1f, \"peak_heap_after_gc_mb\": %.1f,"
            + " \"max_heap_mb\": %.0f, \"generate_seconds\": %.2f}%n",
        users, rows, secs, rows / secs, peakUsed / 1048576.0, peakAfterGc() / 1048576.0,
        maxHeap / 1048576.0, generateSeconds);
  }

  private static void sample() {
    while (true) {
      long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      peakUsed = Math.max(peakUsed, used);
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
  }

  private static void resetPeaks() {
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The largest live heap seen after a collection: the old generation's usage after GC. */
  private static long peakAfterGc() {
    long max = 0;
    for (MemoryPoolMXBean p : heapPools()) {
      if (p.getCollectionUsage() != null && p.getName().contains("Old")) {
        max = Math.max(max, p.getCollectionUsage().getUsed());
      }
    }
    return max;
  }

}

package io.attnlift.bench;

import io.attnlift.common.Json;
import io.attnlift.common.StageException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Runs a command, its output passed through, and writes its wall time and the peak resident
 * memory of its whole process tree (each stage runs as its own JVM, so one process's max RSS
 * would miss most of it); exits with the command's exit code.
 */
@Command(
    name = "measure",
    description = "Run a command; write its wall time and the peak RSS of its process tree.")
final class MeasureCommand implements Callable<Integer> {
  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "The JSON file to write.")
  Path out;

  @Option(names = "--label", defaultValue = "", description = "A name for the measurement.")
  String label;

  @Option(names = "--interval-ms", defaultValue = "250",
      description = "Sampling interval (default: ${DEFAULT-VALUE}).")
  long intervalMs;

  @Parameters(arity = "1..*", paramLabel = "COMMAND", description = "The command, after --.")
  List<String> command;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (intervalMs < 10) {
      throw StageException.badInput("--interval-ms must be at least 10, got %d", intervalMs);
    }
    double[] loadBefore = ProcFs.loadAverage();
    String startedAt = Instant.now().toString();
    long start = System.nanoTime();
    Process p;
    try {
      p = new ProcessBuilder(command).inheritIO().start();
    } catch (IOException e) {
      throw StageException.badInput("cannot start %s: %s", command.get(0), e.getMessage());
    }
    TreeSampler.Peaks peaks;
    int code;
    try (TreeSampler sampler = new TreeSampler(p.toHandle(), intervalMs)) {
      sampler.start();
      code = p.waitFor();
      sampler.close();
      peaks = sampler.peaks();
    }
    double wall = (System.nanoTime() - start) / 1e9;
    Json.write(out, result(startedAt, wall, code, peaks, loadBefore));
    return code;
  }

  private Map<String, Object> result(
      String startedAt, double wall, int code, TreeSampler.Peaks peaks, double[] loadBefore) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("label", label);
    r.put("command", command);
    r.put("started_at", startedAt);
    r.put("exit_code", code);
    r.put("wall_seconds", round(wall, 2));
    r.put("peak_tree_rss_mb", round(peaks.peakTreeKb() / 1024.0, 1));
    Map<String, Double> byLabel = new LinkedHashMap<>();
    peaks.peakProcessKbByLabel().forEach((k, v) -> byLabel.put(k, round(v / 1024.0, 1)));
    r.put("peak_process_rss_mb", byLabel);
    Map<String, Double> secs = new LinkedHashMap<>();
    peaks.processSecondsByLabel().forEach((k, v) -> secs.put(k, round(v, 2)));
    r.put("process_seconds", secs);
    r.put("processes", peaks.processesByLabel());
    r.put("samples", peaks.samples());
    r.put("interval_ms", intervalMs);
    r.put("load_before", loadBefore);
    r.put("load_after", ProcFs.loadAverage());
    return r;
  }

  static double round(double v, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }
}

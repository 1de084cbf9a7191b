package io.attnlift.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Samples the resident memory of a process and all its descendants at a fixed interval, on a
 * daemon thread, keeping the peak of the tree's sum and each process's own peak and lifetime.
 */
public final class TreeSampler implements AutoCloseable {
  private final ProcessHandle root;
  private final long intervalMs;
  private final Thread thread;
  private final Map<Long, Seen> seen = new HashMap<>();
  private volatile boolean stop;
  private long peakTreeKb;
  private int samples;

  /** What was seen of one process: its label, peak RSS and first and last sample times. */
  private static final class Seen {
    final String label;
    long peakKb;
    final long firstNanos;
    long lastNanos;

    Seen(String label, long now) {
      this.label = label;
      this.firstNanos = now;
      this.lastNanos = now;
    }
  }

  /** What the sampler saw, for {@code measure}'s output. */
  public record Peaks(
      long peakTreeKb,
      int samples,
      Map<String, Long> peakProcessKbByLabel,
      Map<String, Double> processSecondsByLabel,
      Map<String, Integer> processesByLabel) {}

  public TreeSampler(ProcessHandle root, long intervalMs) {
    this.root = root;
    this.intervalMs = intervalMs;
    this.thread = new Thread(this::loop, "tree-sampler");
    thread.setDaemon(true);
  }

  public void start() {
    thread.start();
  }

  private void loop() {
    while (!stop) {
      sampleOnce();
      try {
        Thread.sleep(intervalMs);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void sampleOnce() {
    long now = System.nanoTime();
    long treeKb = 0;
    for (ProcessHandle h : (Iterable<ProcessHandle>) Stream.concat(
        Stream.of(root), root.descendants())::iterator) {
      long kb = ProcFs.rssKb(h.pid());
      String label = kb < 0 ? null : ProcFs.label(h.pid());
      if (label == null) {
        continue;
      }
      treeKb += kb;
      synchronized (this) {
        Seen s = seen.computeIfAbsent(h.pid(), pid -> new Seen(label, now));
        s.peakKb = Math.max(s.peakKb, kb);
        s.lastNanos = now;
      }
    }
    synchronized (this) {
      peakTreeKb = Math.max(peakTreeKb, treeKb);
      samples++;
    }
  }

  /** Stops sampling (after one last sample) and returns what was seen. */
  public synchronized Peaks peaks() {
    Map<String, Long> peak = new TreeMap<>();
    Map<String, Double> secs = new TreeMap<>();
    Map<String, Integer> count = new TreeMap<>();
    for (Seen s : seen.values()) {
      peak.merge(s.label, s.peakKb, Math::max);
      secs.merge(s.label, (s.lastNanos - s.firstNanos) / 1e9, Double::sum);
      count.merge(s.label, 1, Integer::sum);
    }
    return new Peaks(peakTreeKb, samples, peak, secs, count);
  }

  @Override
  public void close() throws InterruptedException {
    stop = true;
    thread.interrupt();
    thread.join();
  }
}

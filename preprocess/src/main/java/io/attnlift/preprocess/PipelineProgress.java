package io.attnlift.preprocess;

import io.attnlift.common.Progress;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of the pipeline's two long phases in this JVM, through {@link Progress}: events read
 * (of the extract manifest's count) and sessions written (of the sessions assembled, all of which
 * are assembled before the shard writers start, behind the shuffle). An embedded runner (Flink or
 * the DirectRunner) runs the steps in the stage's own JVM, so its console and its Argo log show
 * both; on a Flink cluster the steps run in the task managers, where nothing was begun and the
 * calls do nothing. Each thread adds its counts in batches, so the hot loops take no lock.
 */
final class PipelineProgress {
  private static final Logger LOG = LoggerFactory.getLogger(PipelineProgress.class);
  private static final int EVENT_BATCH = 4096;
  private static final int SESSION_BATCH = 64;
  /** Per thread: events and sessions not yet added, and the run they belong to. */
  private static final ThreadLocal<long[]> PENDING = ThreadLocal.withInitial(() -> new long[3]);
  private static final AtomicLong ASSEMBLED = new AtomicLong();
  /** Odd while a run is reported; each begin and end moves it on. */
  private static volatile long run;
  private static long events;
  private static Progress read;
  private static Progress written;

  private PipelineProgress() {}

  /** Starts reporting a run that reads {@code events} events (-1: unknown). */
  static synchronized void begin(long events) {
    run += run % 2 == 0 ? 1 : 2; // odd while a run is reported
    ASSEMBLED.set(0);
    PipelineProgress.events = events;
    read = null; // started by the first events, so the runner's start-up is not in the rate
    written = null;
  }

  /** Stops reporting (the job logs the final counts from the pipeline's counters). */
  static synchronized void end() {
    run += run % 2;
    read = null;
    written = null;
  }

  static void eventRead() {
    long[] p = pending();
    if (p != null && ++p[0] >= EVENT_BATCH) {
      addRead(p[0]);
      p[0] = 0;
    }
  }

  static void sessionAssembled() {
    if (run % 2 == 1) {
      ASSEMBLED.incrementAndGet();
    }
  }

  static void sessionWritten() {
    long[] p = pending();
    if (p != null && ++p[1] >= SESSION_BATCH) {
      addWritten(p[1]);
      p[1] = 0;
    }
  }

  /** This thread's pending counts, reset when a new run began; null when no run is reported. */
  private static long[] pending() {
    long r = run;
    if (r % 2 == 0) {
      return null;
    }
    long[] p = PENDING.get();
    if (p[2] != r) {
      p[0] = 0;
      p[1] = 0;
      p[2] = r;
    }
    return p;
  }

  /** Events added to this run's progress so far (0 when no run is reported). */
  static synchronized long eventsReported() {
    return read == null ? 0 : read.done();
  }

  /** Sessions added to this run's progress so far (0 before the writers started). */
  static synchronized long sessionsReported() {
    return written == null ? 0 : written.done();
  }

  private static synchronized void addRead(long n) {
    if (run % 2 == 0) {
      return;
    }
    if (read == null) {
      read = Progress.start(LOG, "events read", events);
    }
    read.add(n);
  }

  private static synchronized void addWritten(long n) {
    if (run % 2 == 0) {
      return;
    }
    if (written == null) {
      written = Progress.start(LOG, "sessions written", ASSEMBLED.get());
    }
    written.add(n);
  }
}

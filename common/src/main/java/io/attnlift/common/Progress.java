package io.attnlift.common;

import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;

/**
 * Progress of long work. On a terminal, a bar on stderr redrawn in place; elsewhere (Argo, CI, a
 * pipe) a log line at most every 10 s with the count, the rate and, when the total is known, the
 * share done and the time left at the rate so far. Never one line per element.
 */
public final class Progress {
  private final Logger log;
  private final String what;
  private final long total;
  private final long intervalNanos;
  private final long start = System.nanoTime();
  private long last = start;
  private long done;

  private final boolean terminal;

  private Progress(Logger log, String what, long total, boolean terminal) {
    this.log = log;
    this.what = what;
    this.total = total;
    this.terminal = terminal;
    this.intervalNanos = TimeUnit.MILLISECONDS.toNanos(terminal ? 250 : 10_000);
  }

  /** Reports progress of {@code what} (e.g. "rows"); {@code total} is -1 when unknown. */
  public static Progress start(Logger log, String what, long total) {
    return new Progress(log, what, total, System.console() != null);
  }

  /** Adds {@code n} done and logs if the interval has passed. */
  public void add(long n) {
    done += n;
    long now = System.nanoTime();
    if (now - last >= intervalNanos) {
      last = now;
      if (terminal) {
        System.err.print("\r" + bar() + line(now) + "   ");
        System.err.flush();
      } else {
        log.info("{}", line(now));
      }
    }
  }

  public long done() {
    return done;
  }

  /** Seconds since the start. */
  public double seconds() {
    return (System.nanoTime() - start) / 1e9;
  }

  /** Logs the final count and rate. */
  public void finish() {
    if (terminal) {
      System.err.print("\r");
    }
    log.info("{} (done)", line(System.nanoTime()));
  }

  private String bar() {
    if (total <= 0) {
      return "";
    }
    int width = 30;
    int filled = (int) Math.min(width, width * done / total);
    return "[" + "#".repeat(filled) + " ".repeat(width - filled) + "] ";
  }

  private String line(long now) {
    double secs = Math.max(1e-9, (now - start) / 1e9);
    String share = total > 0 ? String.format(" of %,d (%.0f%%)", total, 100.0 * done / total) : "";
    String left = total > 0 && done > 0 && done < total
        ? String.format(", %s left", duration(secs * (total - done) / done)) : "";
    return String.format("%,d %s%s in %.1f s, %,.0f %s/s%s", done, what, share, secs,
        done / secs, what, left);
  }

  /** 42 s, 3 min 05 s, 1 h 02 min. */
  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return String.format("%d min %02d s", s / 60, s % 60);
    }
    return String.format("%d h %02d min", s / 3600, s / 60 % 60);
  }
}

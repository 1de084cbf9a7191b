package io.attnlift.common;

import java.nio.file.Path;

/** A stage-like process that opens extract's output of a run and waits to be killed. */
public final class LockHolder {
  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    AtomicOutput out = AtomicOutput.open(new RunLayout(Path.of(args[0]), args[1]), Stage.EXTRACT,
        null);
    System.out.println("locked");
    System.out.flush();
    Thread.sleep(600_000);
    out.close();
  }
}

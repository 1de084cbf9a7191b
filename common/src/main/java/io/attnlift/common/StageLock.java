package io.attnlift.common;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One run at a time per run id and stage (and variant): an operating-system lock on a lock file
 * in the run folder ({@code runs/<run-id>/.<stage>[.<variant>].lock}). A second run of the same
 * output meets it and fails with exit 75 (transient: Argo waits and retries); the system releases
 * the lock when the process ends, however it ends, so a killed run never leaves it stuck. The
 * lock file itself stays (deleting it while another process opens it would let two runs hold a
 * lock each); it is empty.
 */
public final class StageLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private StageLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock file of one output of a run. */
  public static Path file(RunLayout layout, Stage stage, Variant variant) {
    String name = "." + stage.dirName() + (variant == null ? "" : "." + variant.id()) + ".lock";
    return layout.runDir().resolve(name);
  }

  /**
   * Takes the lock without waiting.
   *
   * @param what the output it guards, for the message ({@code train/no-funnel of run r1})
   * @throws StageException exit 75 when another run holds it
   */
  public static StageLock acquire(Path file, String what) throws IOException {
    Files.createDirectories(file.getParent());
    FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = ch.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
    if (lock == null) {
      ch.close();
      throw StageException.transientFailure(String.format(
          "%s is being written by another run right now (it holds the lock %s): one run at a"
              + " time per run id and stage; this one stops without touching it (exit 75: retry"
              + " once the other has finished)", what, file), null);
    }
    return new StageLock(ch, lock);
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}

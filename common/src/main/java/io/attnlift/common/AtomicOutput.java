package io.attnlift.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * An output folder of a run that appears whole or not at all, written by one run at a time. A
 * stage writes into {@link #dir()}, a temporary sibling of the target, and {@link #commit()}
 * renames it into place; closing without a commit deletes the temporary folder (and the stage
 * folder that holds the variants, when nothing else is in it), so a failed or interrupted stage
 * leaves the previous output (an earlier attempt of the same run) untouched and no empty folder.
 *
 * <p>Opening takes the output's {@link StageLock} (a second run of the same output exits 75) and,
 * holding it, tidies what a killed run left: its temporary {@code .<name>.tmp-*} folders are
 * removed, and a previous output that a kill caught renamed aside ({@code .<name>.old-*}, between
 * the two renames of a commit) is put back first.
 *
 * <pre>{@code
 * try (AtomicOutput out = AtomicOutput.open(layout, Stage.EXTRACT, null)) {
 *   write(out.dir());
 *   manifest.writeTo(out.dir());
 *   out.commit();
 * }
 * }</pre>
 */
public final class AtomicOutput implements AutoCloseable {
  private static final String TMP = ".tmp-";
  private static final String OLD = ".old-";

  private final Path target;
  private final Path temp;
  private final StageLock lock;
  private boolean committed;

  private AtomicOutput(Path target, Path temp, StageLock lock) {
    this.target = target;
    this.temp = temp;
    this.lock = lock;
  }

  /**
   * Locks the output of {@code stage} (and {@code variant}, or null) in the run and creates a
   * fresh temporary folder beside it.
   *
   * @throws StageException exit 75 when another run is writing the same output
   */
  public static AtomicOutput open(RunLayout layout, Stage stage, Variant variant)
      throws IOException {
    Path target = variant == null ? layout.stageDir(stage) : layout.stageDir(stage, variant);
    String what = stage + (variant == null ? "" : "/" + variant) + " of run '" + layout.runId()
        + "'";
    StageLock lock = StageLock.acquire(StageLock.file(layout, stage, variant), what);
    try {
      Path abs = target.toAbsolutePath().normalize();
      tidy(abs);
      return new AtomicOutput(abs, createTemp(abs), lock);
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** Puts back a previous output caught aside by a kill, then removes stale temporary folders. */
  private static void tidy(Path target) throws IOException {
    List<Path> left = leftovers(target);
    if (!Files.exists(target)) {
      for (Path p : left) {
        if (p.getFileName().toString().contains(OLD)
            && Files.isRegularFile(p.resolve(Manifest.FILE_NAME))) {
          move(p, target);
          break;
        }
      }
    }
    for (Path p : left) {
      deleteRecursively(p);
    }
  }

  /** The {@code .<name>.tmp-*} and {@code .<name>.old-*} siblings of a target. */
  static List<Path> leftovers(Path target) throws IOException {
    Path parent = target.getParent();
    if (!Files.isDirectory(parent)) {
      return List.of();
    }
    String prefix = "." + target.getFileName();
    try (Stream<Path> s = Files.list(parent)) {
      return s.filter(p -> {
        String n = p.getFileName().toString();
        return n.startsWith(prefix + TMP) || n.startsWith(prefix + OLD);
      }).sorted().toList();
    }
  }

  /** A new temporary folder; retried when a failing sibling removed the empty parent meanwhile. */
  private static Path createTemp(Path target) throws IOException {
    Path temp = target.resolveSibling("." + target.getFileName() + TMP + UUID.randomUUID());
    for (int attempt = 1; ; attempt++) {
      Files.createDirectories(target.getParent());
      try {
        return Files.createDirectory(temp);
      } catch (NoSuchFileException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  /** Where the stage writes. */
  public Path dir() {
    return temp;
  }

  /** The final location. */
  public Path target() {
    return target;
  }

  /**
   * Moves the written folder into place, replacing an earlier output of the same run: the old
   * folder is first renamed aside, then the new one renamed in, then the old one deleted.
   */
  public void commit() throws IOException {
    if (committed) {
      throw new IllegalStateException("already committed: " + target);
    }
    Path old = null;
    if (Files.exists(target)) {
      old = target.resolveSibling("." + target.getFileName() + OLD + UUID.randomUUID());
      move(target, old);
    }
    try {
      move(temp, target);
    } catch (IOException e) {
      if (old != null) {
        move(old, target);
      }
      throw e;
    }
    committed = true;
    if (old != null) {
      deleteRecursively(old);
    }
  }

  /**
   * Deletes the temporary folder unless the output was committed, and the folder holding it
   * when that is left empty (a failed first preprocess leaves no empty {@code preprocess/});
   * releases the lock.
   */
  @Override
  public void close() {
    try {
      if (!committed) {
        deleteRecursively(temp);
        removeIfEmpty(target.getParent());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not remove temporary output " + temp, e);
    } finally {
      try {
        lock.close();
      } catch (IOException e) {
        throw new UncheckedIOException("could not release the lock of " + target, e);
      }
    }
  }

  private static void removeIfEmpty(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      if (s.findAny().isPresent()) {
        return;
      }
    }
    try {
      Files.delete(dir);
    } catch (DirectoryNotEmptyException | NoSuchFileException e) {
      // another variant's run is writing there now, or has removed it: fine either way
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Deletes a folder and everything in it; a missing folder is fine. */
  public static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}

package io.attnlift.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;

/**
 * An output folder that appears whole or not at all. A stage writes into {@link #dir()}, a
 * temporary sibling of the target, and {@link #commit()} renames it into place; closing without a
 * commit deletes the temporary folder, so a failed or interrupted stage leaves the previous output
 * (an earlier attempt of the same run) untouched.
 *
 * <pre>{@code
 * try (AtomicOutput out = AtomicOutput.open(layout.stageDir(Stage.EXTRACT))) {
 *   write(out.dir());
 *   manifest.writeTo(out.dir());
 *   out.commit();
 * }
 * }</pre>
 */
public final class AtomicOutput implements AutoCloseable {
  private final Path target;
  private final Path temp;
  private boolean committed;

  private AtomicOutput(Path target, Path temp) {
    this.target = target;
    this.temp = temp;
  }

  /** Creates a fresh temporary folder beside {@code target}. */
  public static AtomicOutput open(Path target) throws IOException {
    Path abs = target.toAbsolutePath().normalize();
    Files.createDirectories(abs.getParent());
    Path temp = abs.resolveSibling("." + abs.getFileName() + ".tmp-" + UUID.randomUUID());
    Files.createDirectory(temp);
    return new AtomicOutput(abs, temp);
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
      old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID());
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

  /** Deletes the temporary folder unless the output was committed. */
  @Override
  public void close() {
    if (!committed) {
      try {
        deleteRecursively(temp);
      } catch (IOException e) {
        throw new UncheckedIOException("could not remove temporary output " + temp, e);
      }
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

package io.attnlift.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The one rule of provenance, the same for every stage: an upstream output is read only when it
 * belongs to this run and everything it was built from is still what the run holds. Each manifest
 * records the identity (stage, variant, run id, manifest id) of every upstream output its stage
 * read; when one of those has been rewritten since (a rerun of extract alone, say), every output
 * built from the old one is stale, and a stage that would read it refuses with exit 2, naming the
 * output it was built from and the one the run holds now, and the rerun that fixes it.
 *
 * <p>The chain is followed as far as the run folder holds it: on Argo a stage's pod downloads only
 * the outputs it reads, so an upstream folder that is absent there is not checked (the report,
 * which downloads every stage's output, checks the whole chain).
 */
final class Provenance {
  private Provenance() {}

  /** Reads an upstream output of the run and checks its owner, variant and chain. */
  static Manifest require(RunLayout layout, Stage stage, Variant variant) {
    Path dir = dir(layout, stage, variant == null ? "" : variant.id());
    Manifest m = Manifests.require(dir, stage);
    checkOwner(layout, m, dir, variant);
    checkChain(layout, m, new HashSet<>());
    return m;
  }

  private static Path dir(RunLayout layout, Stage stage, String variant) {
    return variant.isEmpty() ? layout.stageDir(stage)
        : layout.stageDir(stage).resolve(Variant.parse(variant).id());
  }

  private static void checkOwner(RunLayout layout, Manifest m, Path dir, Variant variant) {
    Path file = dir.resolve(Manifest.FILE_NAME);
    if (!layout.runId().equals(m.runId())) {
      throw StageException.badInput(
          "%s belongs to run '%s', not to run '%s': the %s output was copied from another run;"
              + " rerun it for this run (attnlift run --run-id %s --from %s)",
          file, m.runId(), layout.runId(), m.stage(), layout.runId(), m.stage());
    }
    String expected = variant == null ? "" : variant.id();
    if (!expected.equals(m.variant())) {
      throw StageException.badInput("%s is for variant '%s', expected '%s'", file, m.variant(),
          expected);
    }
  }

  /** Checks that every upstream output {@code m} was built from is still the run's. */
  private static void checkChain(RunLayout layout, Manifest m, Set<String> seen) {
    for (Manifest.Input in : m.inputs()) {
      if (!in.upstream() || !seen.add(in.label())) {
        continue;
      }
      Stage stage = stage(in.stage());
      Path up = dir(layout, stage, in.variant());
      if (!Files.exists(up)) {
        continue;
      }
      Manifest now = Manifests.require(up, stage);
      if (!now.id().equals(in.manifestId()) || !now.runId().equals(in.runId())) {
        throw stale(layout, m, in, now);
      }
      checkChain(layout, now, seen);
    }
  }

  static StageException stale(RunLayout layout, Manifest m, Manifest.Input was, Manifest now) {
    return StageException.badInput(
        "stale input: %s of run '%s' (written %s) was built from %s output %s (written %s),"
            + " but the run now holds %s output %s (written %s): %s was rerun since, so what"
            + " was built from it mixes two datasets; rerun what follows it"
            + " (attnlift run --run-id %s --from %s)",
        m.label(), layout.runId(), m.finishedAt(), was.label(), was.manifestId(),
        was.finishedAt(), now.label(), now.id(), now.finishedAt(), was.label(), layout.runId(),
        m.stage());
  }

  private static Stage stage(String dirName) {
    for (Stage s : Stage.values()) {
      if (s.dirName().equals(dirName)) {
        return s;
      }
    }
    throw StageException.badInput("a manifest names unknown stage '%s' among its inputs",
        dirName);
  }
}

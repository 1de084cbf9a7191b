package io.attnlift.common;

import com.fasterxml.jackson.databind.JsonNode;
import io.attnlift.common.json.JsonContract;
import io.attnlift.common.json.JsonContracts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a stage's input manifest and refuses a missing, partial, incompatible or stale input;
 * writes a stage's own manifest last.
 */
public final class Manifests {
  private Manifests() {}

  /**
   * Reads and checks an upstream output of this run, the way every stage reads its inputs: as
   * {@link #require(Path, Stage)}, and it must belong to this run (not copied from another run
   * id), be of the variant asked for, and be built from what the run still holds
   * ({@link Provenance}: a stale input is refused, naming both outputs). Record it with
   * {@link Builder#input(Manifest, Path)}.
   *
   * @param variant the variant, or null for a stage that is not per variant
   */
  public static Manifest require(RunLayout layout, Stage stage, Variant variant) {
    return Provenance.require(layout, stage, variant);
  }

  /**
   * Reads and checks the manifest of an upstream stage's output folder, whatever run it belongs
   * to (a stage reads its own run's inputs with {@link #require(RunLayout, Stage, Variant)}).
   *
   * @param dir the upstream output folder, e.g. {@code runs/r1/extract}
   * @param expected the stage that should have written it
   * @return the manifest, with every listed dataset and JSON file present at this build's
   *     contract version
   */
  public static Manifest require(Path dir, Stage expected) {
    Path file = dir.resolve(Manifest.FILE_NAME);
    if (!Files.isRegularFile(file)) {
      if (Files.isDirectory(dir)) {
        throw StageException.badInput(
            "partial input: %s has no %s, so stage '%s' did not finish there; rerun it",
            dir, Manifest.FILE_NAME, expected);
      }
      throw StageException.badInput(
          "missing input: %s does not exist; run stage '%s' for this run first (or check"
              + " --runs-root and --run-id)",
          dir, expected);
    }
    Manifest m = Manifest.CONTRACT.read(file);
    if (!expected.dirName().equals(m.stage())) {
      throw StageException.badInput(
          "%s was written by stage '%s', expected '%s'", file, m.stage(), expected);
    }
    for (Manifest.Output o : m.outputs()) {
      checkOutput(dir, file, o);
    }
    return m;
  }

  private static void checkOutput(Path dir, Path manifestFile, Manifest.Output o) {
    if (!o.contract().isEmpty()) {
      int version = version(o.contract(), manifestFile);
      if (o.contractVersion() != version) {
        throw StageException.badInput(
            "%s: '%s' has %s version %d, this build reads version %d; rerun the stage that"
                + " wrote it",
            manifestFile, o.path(), o.contract(), o.contractVersion(), version);
      }
    }
    List<String> files = o.holdsFiles() ? prefixed(o) : List.of(o.path());
    for (String f : files) {
      if (!Files.exists(dir.resolve(f))) {
        throw StageException.badInput(
            "partial input: %s lists %s, which is missing", manifestFile, dir.resolve(f));
      }
    }
  }

  private static List<String> prefixed(Manifest.Output o) {
    return o.files().stream().map(f -> o.path() + "/" + f).collect(Collectors.toList());
  }

  /** The version this build reads of a Parquet or JSON contract. */
  private static int version(String id, Path where) {
    for (Contract c : Contract.values()) {
      if (c.id().equals(id)) {
        return c.version();
      }
    }
    JsonContract<?> json = JsonContracts.byId(id);
    if (json == null) {
      throw StageException.badInput("%s names unknown contract '%s'", where, id);
    }
    return json.version();
  }

  /** Collects what a stage reads and writes while it runs, then writes its manifest last. */
  public static final class Builder {
    private final Stage stage;
    private final Variant variant;
    private final String runId;
    private final Instant started = Instant.now();
    private final List<Manifest.Input> inputs = new ArrayList<>();
    private final Map<Path, String> readIds = new LinkedHashMap<>();
    private final List<Manifest.Output> outputs = new ArrayList<>();
    private JsonNode stats;
    private Map<String, Object> config = Map.of();

    public Builder(Stage stage, Variant variant, String runId) {
      this.stage = stage;
      this.variant = variant;
      this.runId = runId;
    }

    /**
     * Records an upstream output read from {@code dir} (as {@link #require(RunLayout, Stage,
     * Variant)} returned it); {@link #writeTo} checks that it was not rewritten meanwhile.
     */
    public Builder input(Manifest upstream, Path dir) {
      inputs.add(Manifest.Input.of(upstream, dir));
      readIds.put(dir, upstream.id());
      return this;
    }

    /** Records a source outside the run: an export file or a warehouse table. */
    public Builder source(String where) {
      inputs.add(Manifest.Input.source(where));
      return this;
    }

    /** The resolved configuration, converted to a map (it must hold no secret). */
    public Builder config(Object resolved) {
      this.config = Json.MAPPER.convertValue(resolved, Json.MAPPER.getTypeFactory()
          .constructMapType(LinkedHashMap.class, String.class, Object.class));
      return this;
    }

    /** The stage's stats, as its stats contract. */
    public <T> Builder stats(JsonContract<T> contract, T value) {
      this.stats = contract.tree(value);
      return this;
    }

    /** Records a Parquet dataset folder written under {@code outDir}. */
    public Builder dataset(Path outDir, String path, Contract contract, long rows)
        throws IOException {
      List<String> files;
      try (Stream<Path> s = Files.list(outDir.resolve(path))) {
        files = s.map(p -> p.getFileName().toString())
            .filter(n -> n.endsWith(".parquet"))
            .sorted()
            .collect(Collectors.toList());
      }
      outputs.add(Manifest.Output.dataset(path, contract, rows, files));
      return this;
    }

    /** Writes a JSON contract's file into {@code outDir} under its name and records it. */
    public <T> Builder json(Path outDir, JsonContract<T> contract, T value) throws IOException {
      contract.write(outDir.resolve(contract.fileName()), value);
      outputs.add(Manifest.Output.json(contract.fileName(), contract));
      return this;
    }

    /** Records a JSON contract's file written under the output folder by someone else. */
    public Builder json(JsonContract<?> contract) {
      outputs.add(Manifest.Output.json(contract.fileName(), contract));
      return this;
    }

    /** Records a plain file (or folder) written under the output folder. */
    public Builder file(String path) {
      outputs.add(Manifest.Output.file(path));
      return this;
    }

    /** Builds the manifest and writes it into {@code outDir}; call it last. */
    public Manifest writeTo(Path outDir) throws IOException {
      if (stats == null) {
        throw new IllegalStateException("stage " + stage + " set no stats");
      }
      checkInputsUnchanged();
      Instant finished = Instant.now();
      Manifest m =
          new Manifest(
              UUID.randomUUID().toString(),
              stage.dirName(),
              variant == null ? "" : variant.id(),
              runId,
              Versions.tool(),
              started.toString(),
              finished.toString(),
              Duration.between(started, finished).toMillis() / 1000.0,
              List.copyOf(inputs),
              List.copyOf(outputs),
              config,
              stats);
      Manifest.CONTRACT.write(outDir.resolve(Manifest.FILE_NAME), m);
      return m;
    }

    /** Refuses to finish when an input was rewritten while this stage ran. */
    private void checkInputsUnchanged() {
      readIds.forEach((dir, id) -> {
        Path file = dir.resolve(Manifest.FILE_NAME);
        String now = Files.isRegularFile(file) ? Manifest.CONTRACT.read(file).id() : "(none)";
        if (!now.equals(id)) {
          throw StageException.badInput("%s changed while stage '%s' ran: it was read as output"
              + " %s and now holds %s; run %s again", dir, stage, id, now, stage);
        }
      });
    }
  }
}

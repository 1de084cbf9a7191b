package io.attnlift.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads a stage's input manifest and refuses a missing, partial or incompatible input. */
public final class Manifests {
  private Manifests() {}

  /**
   * Reads and checks the manifest of an upstream stage's output folder.
   *
   * @param dir the upstream output folder, e.g. {@code runs/r1/extract}
   * @param expected the stage that should have written it
   * @return the manifest, with every listed dataset present at this build's contract version
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
    Manifest m;
    try {
      m = Json.read(file, Manifest.class);
    } catch (IOException e) {
      throw StageException.badInput("unreadable manifest %s: %s", file, e.getMessage());
    }
    if (m.manifestVersion() != Manifest.VERSION) {
      throw StageException.badInput(
          "%s has manifest version %d, this build reads version %d",
          file, m.manifestVersion(), Manifest.VERSION);
    }
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
    if (o.contract() != null) {
      Contract c = contract(o.contract(), manifestFile);
      if (o.contractVersion() != c.version()) {
        throw StageException.badInput(
            "%s: dataset '%s' has %s schema version %d, this build reads version %d; rerun the"
                + " stage that wrote it",
            manifestFile, o.path(), c.id(), o.contractVersion(), c.version());
      }
    }
    List<String> files = o.files() == null ? List.of(o.path()) : prefixed(o);
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

  private static Contract contract(String id, Path where) {
    for (Contract c : Contract.values()) {
      if (c.id().equals(id)) {
        return c;
      }
    }
    throw StageException.badInput("%s names unknown contract '%s'", where, id);
  }

  /** Collects what a stage reads and writes while it runs, then writes its manifest last. */
  public static final class Builder {
    private final Stage stage;
    private final Variant variant;
    private final String runId;
    private final Instant started = Instant.now();
    private final List<String> inputs = new ArrayList<>();
    private final List<Manifest.Output> outputs = new ArrayList<>();
    private final Map<String, Object> stats = new LinkedHashMap<>();
    private Map<String, Object> config = Map.of();

    public Builder(Stage stage, Variant variant, String runId) {
      this.stage = stage;
      this.variant = variant;
      this.runId = runId;
    }

    public Builder input(Path path) {
      inputs.add(path.toString());
      return this;
    }

    /** The resolved configuration, converted to a map (it must hold no secret). */
    public Builder config(Object resolved) {
      this.config = Json.MAPPER.convertValue(resolved, Json.MAPPER.getTypeFactory()
          .constructMapType(LinkedHashMap.class, String.class, Object.class));
      return this;
    }

    public Builder stat(String key, Object value) {
      stats.put(key, value);
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

    /** Records a plain file (or folder) written under the output folder. */
    public Builder file(String path) {
      outputs.add(Manifest.Output.file(path));
      return this;
    }

    /** Builds the manifest and writes it into {@code outDir}; call it last. */
    public Manifest writeTo(Path outDir) throws IOException {
      Instant finished = Instant.now();
      Manifest m =
          new Manifest(
              Manifest.VERSION,
              stage.dirName(),
              variant == null ? null : variant.id(),
              runId,
              Versions.tool(),
              started.toString(),
              finished.toString(),
              Duration.between(started, finished).toMillis() / 1000.0,
              List.copyOf(inputs),
              List.copyOf(outputs),
              config,
              stats);
      Json.write(outDir.resolve(Manifest.FILE_NAME), m);
      return m;
    }
  }
}

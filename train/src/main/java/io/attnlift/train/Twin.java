package io.attnlift.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.attnlift.common.AtomicOutput;
import io.attnlift.common.Contract;
import io.attnlift.common.Json;
import io.attnlift.common.Manifest;
import io.attnlift.common.Manifests;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.StageException;
import io.attnlift.common.Variant;
import io.attnlift.common.Versions;
import io.attnlift.common.json.FaithfulnessJson;
import io.attnlift.common.json.MetricsJson;
import io.attnlift.common.json.TrainStats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A variant of this run whose train output can stand for another's: its sequences and
 * vocabulary are byte for byte the other's, it was trained with the same options by the code that
 * runs now (its output is newer than this build), and it is not stale. Training is deterministic
 * given its data and options, so training the other variant again would only repeat the same
 * model; its outputs are copied instead. On the default world the seed's funnel filter
 * ({@code funnel-removed}) changes no session of {@code no-funnel}, and the copy saves the demo
 * one training.
 *
 * <p>Removal effects are per variant ({@code --removal-variants}): a twin that has them can stand
 * for a variant that has none (its removals and refits are left out); one that has none cannot
 * stand for a variant that needs them. On Argo each train pod holds only its own inputs, so no
 * twin is found there and every variant trains.
 */
final class Twin {
  private static final String PREPROCESS_MANIFEST = Manifest.FILE_NAME;

  private final Variant variant;
  private final Manifest manifest;
  private final Path dir;

  private Twin(Variant variant, Manifest manifest, Path dir) {
    this.variant = variant;
    this.manifest = manifest;
    this.dir = dir;
  }

  Variant variant() {
    return variant;
  }

  /** The trained variant of this run that can stand for {@code target}, if there is one. */
  static Optional<Twin> find(RunLayout layout, Variant target, TrainOptions opt) {
    Path mine = layout.stageDir(Stage.PREPROCESS, target);
    for (Variant v : Variant.values()) {
      if (v == target || !Files.isRegularFile(
          layout.stageDir(Stage.TRAIN, v).resolve(Manifest.FILE_NAME))) {
        continue;
      }
      if (opt.removalVariants().contains(target) && !opt.removalVariants().contains(v)) {
        continue;
      }
      Manifest m;
      try {
        m = Manifests.require(layout, Stage.TRAIN, v);
      } catch (StageException stale) {
        continue;
      }
      if (Versions.tool().equals(m.toolVersion()) && writtenByThisBuild(m) && sameOptions(m, opt)
          && sameFiles(layout.stageDir(Stage.PREPROCESS, v), mine)) {
        return Optional.of(new Twin(v, m, layout.stageDir(Stage.TRAIN, v)));
      }
    }
    return Optional.empty();
  }

  /**
   * Copies the twin's outputs into {@code out} as {@code target}'s and records them in
   * {@code builder}; the twin's own train output becomes one of the inputs, so a rerun of it
   * makes this copy stale. Returns the metrics written.
   */
  MetricsJson copyTo(AtomicOutput out, Variant target, TrainOptions opt,
      Manifests.Builder builder) throws IOException {
    Path to = out.dir();
    boolean removals = opt.removalVariants().contains(target);
    for (String name : List.of(Outputs.PREDICTIONS, Outputs.ATTRIBUTIONS, ModelFiles.DIR)) {
      copyTree(dir.resolve(name), to.resolve(name));
    }
    ObjectNode card = (ObjectNode) Json.MAPPER.readTree(
        dir.resolve(ModelFiles.DIR).resolve(ModelFiles.CARD).toFile());
    card.set("train", Json.MAPPER.valueToTree(opt));
    Json.write(to.resolve(ModelFiles.DIR).resolve(ModelFiles.CARD), card);
    Files.copy(dir.resolve(FaithfulnessJson.CONTRACT.fileName()),
        to.resolve(FaithfulnessJson.CONTRACT.fileName()));
    MetricsJson metrics = MetricsJson.CONTRACT.read(dir.resolve(MetricsJson.CONTRACT.fileName()));
    TrainStats stats = manifest.stats(TrainStats.CONTRACT, dir);
    if (removals) {
      copyTree(dir.resolve(Outputs.REMOVALS), to.resolve(Outputs.REMOVALS));
    } else {
      ParquetFiles.writer(to.resolve(Outputs.REMOVALS).resolve(Outputs.PART),
          Contract.SESSION_REMOVALS).close();
      metrics = metrics.withRefits(List.of());
      stats = MetricsFile.stats(metrics, Removals.Result.NONE);
    }
    builder.input(manifest, dir)
        .dataset(to, Outputs.PREDICTIONS, Contract.PREDICTIONS, rows(Outputs.PREDICTIONS))
        .dataset(to, Outputs.ATTRIBUTIONS, Contract.ATTRIBUTIONS, rows(Outputs.ATTRIBUTIONS))
        .dataset(to, Outputs.REMOVALS, Contract.SESSION_REMOVALS,
            removals ? rows(Outputs.REMOVALS) : 0)
        .json(FaithfulnessJson.CONTRACT)
        .file(ModelFiles.DIR)
        .json(to, MetricsJson.CONTRACT, metrics)
        .stats(TrainStats.CONTRACT, stats);
    return metrics;
  }

  /**
   * Whether the twin's output is still the one {@link #find} read, so that the copy is of one
   * output and not of a rerun that replaced it halfway.
   */
  boolean unchanged() {
    try {
      return manifest.id().equals(
          Manifest.CONTRACT.read(dir.resolve(Manifest.FILE_NAME)).id());
    } catch (RuntimeException gone) {
      return false;
    }
  }

  private long rows(String dataset) {
    Manifest.Output o = manifest.output(dataset);
    if (o == null) {
      throw StageException.failure(dir.resolve(Manifest.FILE_NAME) + " lists no " + dataset,
          null);
    }
    return o.rows();
  }

  /**
   * Whether the twin was written after the code that runs now was built (the train stage's and
   * common's classes): a rerun of one variant after a fix must not copy what the old code wrote,
   * and the version alone ({@code 0.1.0-SNAPSHOT}) does not tell builds apart.
   */
  private static boolean writtenByThisBuild(Manifest twin) {
    try {
      Instant built = Instant.EPOCH;
      for (Class<?> c : List.of(Twin.class, Manifest.class)) {
        Path code = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        built = latest(built, code);
      }
      return Instant.parse(twin.finishedAt()).isAfter(built);
    } catch (IOException | URISyntaxException | RuntimeException unknown) {
      return false;
    }
  }

  private static Instant latest(Instant after, Path code) throws IOException {
    try (Stream<Path> s = Files.walk(code)) {
      Instant t = after;
      for (Path p : (Iterable<Path>) s::iterator) {
        Instant m = Files.getLastModifiedTime(p).toInstant();
        t = m.isAfter(t) ? m : t;
      }
      return t;
    }
  }

  /** The same resolved options, whatever the variants each process was asked to train. */
  private static boolean sameOptions(Manifest twin, TrainOptions opt) {
    // both sides as parsed JSON, so that a long and an int of the same value compare equal
    JsonNode theirs = Json.MAPPER.valueToTree(twin.config());
    JsonNode mine;
    try {
      mine = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(opt));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!(theirs instanceof ObjectNode t) || !(mine instanceof ObjectNode m)) {
      return false;
    }
    t.remove("variants");
    m.remove("variants");
    return t.equals(m);
  }

  /** Every file of both preprocess outputs but their manifests, by name and by bytes. */
  static boolean sameFiles(Path a, Path b) {
    try {
      List<Path> fa = files(a);
      List<Path> fb = files(b);
      if (!fa.equals(fb)) {
        return false;
      }
      for (Path rel : fa) {
        if (Files.mismatch(a.resolve(rel), b.resolve(rel)) != -1) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      List<Path> out = new ArrayList<>();
      s.filter(Files::isRegularFile).map(root::relativize)
          .filter(p -> !p.toString().equals(PREPROCESS_MANIFEST))
          .sorted().forEach(out::add);
      return out;
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}

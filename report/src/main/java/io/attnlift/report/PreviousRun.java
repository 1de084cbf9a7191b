package io.attnlift.report;

import io.attnlift.common.Contract;
import io.attnlift.common.Manifest;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.StageException;
import io.attnlift.common.Variant;
import io.attnlift.common.json.MetricsJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The run a report compares against: its test AUC per variant and the primary variant's event
 * lifts. Found by id ({@code --compare-to}) or as the most recent earlier complete run in the
 * runs root, where complete means train and attribute finished for the primary variant and
 * earlier means its attribute stage finished before this run's did.
 *
 * @param runId the previous run
 * @param testAuc test AUC per variant id, for the variants it has
 * @param eventLift its event lift table for the primary variant
 */
public record PreviousRun(String runId, Map<String, Double> testAuc, TableData eventLift) {

  /** Reads the run named by {@code --compare-to}; a missing or partial run is bad input. */
  public static PreviousRun read(RunLayout current, String runId, Variant primary) {
    RunLayout prev = current.withRunId(runId);
    if (!complete(prev, primary)) {
      throw StageException.badInput(
          "--compare-to %s: %s has no finished train and attribute output for variant '%s'",
          runId, prev.runDir(), primary.id());
    }
    Map<String, Double> auc = new LinkedHashMap<>();
    for (Variant v : Variant.values()) {
      Path metrics = prev.stageDir(Stage.TRAIN, v).resolve(MetricsJson.CONTRACT.fileName());
      if (Files.isRegularFile(metrics)) {
        auc.put(v.id(), MetricsJson.CONTRACT.read(metrics).test().auc().value());
      }
    }
    TableData lift = TableData.read(
        prev.stageDir(Stage.ATTRIBUTE, primary).resolve("event_lift"), Contract.EVENT_LIFT);
    return new PreviousRun(runId, auc, lift);
  }

  /** The most recent complete run that finished before this one, or null when there is none. */
  public static String findLatest(RunLayout current, Variant primary) {
    Instant now = finished(current, primary);
    if (now == null || !Files.isDirectory(current.runsRoot())) {
      return null;
    }
    String best = null;
    Instant bestAt = null;
    try (Stream<Path> dirs = Files.list(current.runsRoot())) {
      for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
        String id = d.getFileName().toString();
        if (id.equals(current.runId()) || id.startsWith(".") || !validId(id)) {
          continue;
        }
        RunLayout other = current.withRunId(id);
        Instant at = complete(other, primary) ? finished(other, primary) : null;
        if (at != null && at.isBefore(now) && (bestAt == null || at.isAfter(bestAt))) {
          best = id;
          bestAt = at;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + current.runsRoot(), e);
    }
    return best;
  }

  private static boolean validId(String id) {
    try {
      RunLayout.checkRunId(id);
      return true;
    } catch (StageException e) {
      return false;
    }
  }

  private static boolean complete(RunLayout run, Variant v) {
    return Files.isRegularFile(run.stageDir(Stage.TRAIN, v).resolve(Manifest.FILE_NAME))
        && Files.isRegularFile(run.stageDir(Stage.TRAIN, v).resolve("metrics.json"))
        && Files.isRegularFile(run.stageDir(Stage.ATTRIBUTE, v).resolve(Manifest.FILE_NAME))
        && Files.isDirectory(run.stageDir(Stage.ATTRIBUTE, v).resolve("event_lift"));
  }

  /** When the attribute stage of a run finished, or null when unknown. */
  private static Instant finished(RunLayout run, Variant v) {
    Path m = run.stageDir(Stage.ATTRIBUTE, v).resolve(Manifest.FILE_NAME);
    try {
      return Instant.parse(Manifest.CONTRACT.read(m).finishedAt());
    } catch (RuntimeException e) {
      return null;
    }
  }
}

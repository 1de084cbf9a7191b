package io.attnlift.bench;

import io.attnlift.common.CommonOptions;
import io.attnlift.common.Json;
import io.attnlift.common.Manifest;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.StageException;
import io.attnlift.common.Variant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Writes one end-to-end result: a {@code measure} file of a pipeline run joined with the run's
 * per-stage manifests (wall time and rows of each stage) and its quality.
 */
@Command(
    name = "summarize",
    description = "Join a measured pipeline run with its manifests and quality into one JSON.")
final class SummarizeCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--measure", required = true, paramLabel = "FILE",
      description = "The measure command's JSON for the run.")
  Path measure;

  @Option(names = "--users", required = true, description = "Users in the run's world.")
  int users;

  @Option(names = "--world-name", defaultValue = "",
      description = "A name for the world when its ground truth does not give one.")
  String worldName;

  @Option(names = "--variants", defaultValue = "no-funnel,funnel-removed,with-funnel",
      description = "Variants the run trained (default: ${DEFAULT-VALUE}).")
  String variants;

  @Option(names = "--commit", defaultValue = "", description = "The git commit measured.")
  String commit;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The JSON to write.")
  Path out;

  @Override
  @SuppressWarnings("unchecked")
  public Integer call() throws IOException {
    if (common.runId() == null) {
      throw StageException.badInput("give the --run-id of the measured run");
    }
    RunLayout layout = common.layout();
    Map<String, Object> m = Json.MAPPER.readValue(measure.toFile(), Map.class);
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("kind", "e2e");
    r.put("users", users);
    r.put("run_id", layout.runId());
    r.put("git_commit", commit);
    for (String k : List.of("exit_code", "wall_seconds", "peak_tree_rss_mb",
        "peak_process_rss_mb", "process_seconds", "load_before", "load_after", "started_at")) {
      r.put(k, m.get(k));
    }
    List<Variant> vs = Variant.parseList(variants);
    List<Map<String, Object>> stages = stages(layout, vs);
    r.put("stages", stages);
    r.put("throughput", throughput(stages, (Map<String, Object>) m.get("process_seconds")));
    boolean ok = Integer.valueOf(0).equals(m.get("exit_code"));
    Map<String, Object> quality = ok ? new RunQuality(layout).measure(vs) : null;
    Object world = quality == null ? null : quality.get("world");
    r.put("world", world != null ? world : worldName.isEmpty() ? null : worldName);
    r.put("quality", quality == null ? null : quality.get("variants"));
    Json.write(out, r);
    return 0;
  }

  /**
   * Events per second: extract's rows over its manifest seconds, and the same events over the
   * preprocess process's whole life (JVM start and every variant included).
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> throughput(
      List<Map<String, Object>> stages, Map<String, Object> processSeconds) {
    Map<String, Object> t = new LinkedHashMap<>();
    for (Map<String, Object> s : stages) {
      if (!"extract".equals(s.get("stage"))) {
        continue;
      }
      Object rows = ((Map<String, Object>) s.get("rows")).get("events");
      if (rows instanceof Number n && s.get("seconds") instanceof Number secs) {
        t.put("extract_events", n.longValue());
        t.put("extract_rows_per_second", rate(n, secs));
        Object pre = processSeconds == null ? null : processSeconds.get("preprocess");
        t.put("preprocess_events_per_process_second",
            pre instanceof Number p ? rate(n, p) : null);
      }
    }
    return t;
  }

  private static Double rate(Number count, Number seconds) {
    double s = seconds.doubleValue();
    return s > 0 ? MeasureCommand.round(count.doubleValue() / s, 0) : null;
  }

  /** Each stage output's wall time (manifest {@code seconds}) and its datasets' row counts. */
  static List<Map<String, Object>> stages(RunLayout layout, List<Variant> variants)
      throws IOException {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Stage s : Stage.values()) {
      List<Path> dirs = new ArrayList<>();
      dirs.add(layout.stageDir(s));
      variants.forEach(v -> dirs.add(layout.stageDir(s, v)));
      for (Path dir : dirs) {
        Path f = dir.resolve("manifest.json");
        if (!Files.isRegularFile(f)) {
          continue;
        }
        Manifest man = Manifest.CONTRACT.read(f);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("stage", s.dirName());
        row.put("variant", man.variant().isEmpty() ? null : man.variant());
        row.put("seconds", man.seconds());
        Map<String, Object> rows = new LinkedHashMap<>();
        for (Manifest.Output o : man.outputs()) {
          if (o.holdsFiles()) {
            rows.put(o.path(), o.rows());
          }
        }
        row.put("rows", rows);
        out.add(row);
      }
    }
    return out;
  }
}

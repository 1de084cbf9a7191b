package io.attnlift.workflows;

import io.attnlift.common.ExitCodes;
import io.attnlift.common.RunLayout;
import io.attnlift.common.StageException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the WorkflowTemplate's DAG on this machine, with the args Argo would give each container:
 * by default each step is the stage's own jar in its own process; with a {@link DockerExecutor},
 * each step runs in its stage's image.
 */
public final class LocalPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(LocalPipeline.class);

  /**
   * Parameters whose template defaults name cluster things (Snowflake, a GPU, mount points) and
   * their local defaults: the embedded DuckDB, the CPU, and extract's own choice of source.
   */
  static final Map<String, String> LOCAL_DEFAULTS =
      Map.of(
          "source", "",
          "duckdb", "data/attnlift.duckdb",
          "device", "cpu",
          "write-back", "duckdb");

  /** Parameters that the common flags set: --runs-root, --run-id, --config. */
  static final Set<String> FROM_COMMON_FLAGS = Set.of("runs-root", "run-id", "config");

  private final WorkflowTemplate template;
  private final StepExecutor executor;

  /** The DAG with each step run as its stage jar's own process. */
  public LocalPipeline(WorkflowTemplate template, StageJars jars) {
    this(template, jarExecutor(jars));
  }

  LocalPipeline(WorkflowTemplate template, StepExecutor executor) {
    this.template = template;
    this.executor = executor;
  }

  WorkflowTemplate template() {
    return template;
  }

  private static StepExecutor jarExecutor(StageJars jars) {
    return new StepExecutor() {
      @Override
      public void check(List<LocalDag.Step> steps) {
        List<String> missing = steps.stream().map(LocalDag.Step::module).distinct()
            .filter(m -> !jars.isBuilt(m)).toList();
        if (!missing.isEmpty()) {
          throw StageException.failure("these stages are not built, so the pipeline cannot run: "
              + missing + " (build with `mvn -DskipTests package`)", null);
        }
      }

      @Override
      public int run(LocalDag.Step step) {
        return jars.run(step.module(), step.args());
      }
    };
  }

  /**
   * The workflow parameters of a local run: the template's defaults, the local defaults, the
   * caller's values, and the run directory and preset as absolute paths.
   */
  public Map<String, String> parameters(
      RunLayout layout, Path config, Map<String, String> given) {
    Map<String, String> params = new LinkedHashMap<>(template.parameters());
    params.putAll(LOCAL_DEFAULTS);
    for (Map.Entry<String, String> e : given.entrySet()) {
      if (FROM_COMMON_FLAGS.contains(e.getKey())) {
        throw StageException.badInput("give %s as the common flag --%s", e.getKey(), e.getKey());
      }
      if (!template.parameters().containsKey(e.getKey())) {
        throw StageException.badInput(
            "unknown parameter '%s'; the pipeline's parameters are %s",
            e.getKey(), template.parameters().keySet());
      }
      params.put(e.getKey(), e.getValue());
    }
    params.put("runs-root", layout.runsRoot().toString());
    params.put("run-id", layout.runId());
    params.put("config", config == null ? "" : config.toAbsolutePath().toString());
    String duckdb = params.get("duckdb");
    if (!duckdb.isEmpty()) {
      params.put("duckdb", Path.of(duckdb).toAbsolutePath().toString());
    }
    return params;
  }

  /** The steps for the chosen tasks ({@code from}/{@code only} null for the whole DAG). */
  public List<LocalDag.Step> plan(String from, String only, Map<String, String> params) {
    LocalDag dag = new LocalDag(template);
    if (from != null && only != null) {
      throw StageException.badInput("give --from or --only, not both");
    }
    List<String> tasks =
        only != null ? dag.from(only).subList(0, 1) : from != null ? dag.from(from) : dag.order();
    return dag.steps(tasks, params);
  }

  /** Runs the steps in order and stops at the first failure, returning its exit code. */
  public int execute(List<LocalDag.Step> steps, RunLayout layout) {
    executor.check(steps);
    for (int i = 0; i < steps.size(); i++) {
      LocalDag.Step s = steps.get(i);
      LOG.info("[{}/{}] {} (run {})", i + 1, steps.size(), s.label(), layout.runId());
      long start = System.nanoTime();
      int code = executor.run(s);
      double secs = (System.nanoTime() - start) / 1e9;
      if (code != ExitCodes.OK) {
        LOG.error("{} failed with exit code {} after {} s; after a fix, rerun it with: "
                + "attnlift run{} --runs-root {} --run-id {} --from {}{}",
            s.label(), code, String.format("%.1f", secs), executor.flags(), layout.runsRoot(),
            layout.runId(), s.task(), code == ExitCodes.BAD_INPUT
                ? " (when the message above names a stale input, rerun from the stage it names"
                    + " instead)" : "");
        return code;
      }
      LOG.info("{} done in {} s", s.label(), String.format("%.1f", secs));
    }
    return ExitCodes.OK;
  }
}

package io.attnlift.workflows;

import io.attnlift.common.CommonOptions;
import io.attnlift.common.RunLayout;
import io.attnlift.common.StageException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Runs the pipeline DAG of the Argo WorkflowTemplate locally. The workflow's parameters are the
 * union of the stages' flags: {@code attnlift run --sample-users 5000 --since 2026-11-01}.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Run the pipeline DAG (workflows/argo/workflow-template.yaml) on this machine.",
      "Pipeline parameters are given as flags, e.g. --sample-users 5000 --max-epochs 3;",
      "`attnlift run --list-parameters` shows them with their defaults.",
      "With --executor docker each step runs in its stage's image (docker/build.sh --local)."
    })
final class RunCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--from", paramLabel = "TASK",
      description = "Rerun this task and everything downstream of it, in an existing run.")
  String from;

  @Option(names = "--only", paramLabel = "TASK",
      description = "Rerun only this task (all its variants), in an existing run.")
  String only;

  @Option(names = "--list-parameters", description = "List the pipeline parameters and exit.")
  boolean listParameters;

  @Option(names = "--executor", paramLabel = "local|docker", defaultValue = "local",
      description = "local: each stage's jar as a process (default); docker: each step in its"
          + " own container, as Argo runs it (images from docker/build.sh --local).")
  String executor;

  @Option(names = "--backoff-scale", paramLabel = "F", defaultValue = "1",
      description = "With --executor docker: multiplies the template's retry backoff"
          + " (default 1, as on Argo; 0 retries at once).")
  double backoffScale;

  @Parameters(paramLabel = "--PARAMETER VALUE",
      description = "Pipeline parameters, as --name value or --name=value.")
  List<String> rest = new ArrayList<>();

  @Override
  public Integer call() {
    WorkflowTemplate wf = WorkflowTemplate.load();
    if (listParameters) {
      wf.parameters().forEach((k, v) -> {
        if (!LocalPipeline.FROM_COMMON_FLAGS.contains(k)) {
          System.out.printf("--%-18s %s%n", k, LocalPipeline.LOCAL_DEFAULTS.getOrDefault(k, v));
        }
      });
      return 0;
    }
    if ((from != null || only != null) && common.runId() == null) {
      throw StageException.badInput("--from and --only rerun part of an existing run: give its"
          + " --run-id");
    }
    RunLayout layout = common.layout();
    Map<String, String> given = parse(rest);
    LocalPipeline local = new LocalPipeline(wf, StageJars.locate());
    Map<String, String> params = local.parameters(layout, common.config(), given);
    LocalPipeline pipeline = local;
    if (executor.equals("docker")) {
      if (!given.containsKey("image-registry")) {
        params.put("image-registry", DockerExecutor.LOCAL_REGISTRY);
      }
      if (backoffScale < 0) {
        throw StageException.badInput("--backoff-scale %s is negative", backoffScale);
      }
      DockerExecutor docker = new DockerExecutor(wf, params, System.getenv(), backoffScale);
      pipeline = new LocalPipeline(wf, docker);
      params = docker.parameters();
    } else if (!executor.equals("local")) {
      throw StageException.badInput("--executor %s: expected local or docker", executor);
    }
    return pipeline.execute(pipeline.plan(from, only, params), layout);
  }

  /** Parses {@code --name value} and {@code --name=value} pairs. */
  static Map<String, String> parse(List<String> args) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (!a.startsWith("--") || a.length() == 2) {
        throw StageException.badInput("expected --parameter, got '%s'", a);
      }
      int eq = a.indexOf('=');
      if (eq > 0) {
        out.put(a.substring(2, eq), a.substring(eq + 1));
      } else if (i + 1 < args.size()) {
        out.put(a.substring(2), args.get(++i));
      } else {
        throw StageException.badInput("parameter %s has no value", a);
      }
    }
    return out;
  }
}

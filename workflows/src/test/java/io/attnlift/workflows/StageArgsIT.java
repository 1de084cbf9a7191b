package io.attnlift.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.attnlift.common.RunLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The manifests against the stages' own parsers: every container template's args, rendered as
 * Argo and the local runner render them, are accepted by the picocli command of the stage jar
 * its image runs; every Dockerfile's main class is in its stage jar. Needs the stage jars built
 * (the reactor builds them first: they are test dependencies of this module).
 */
class StageArgsIT {
  private static final WorkflowTemplate WF = WorkflowTemplate.parse(
      ArgoManifests.workflowTemplate());

  private static Path jar(String module) {
    return ArgoManifests.root().resolve(module).resolve("target")
        .resolve("attnlift-" + module + ".jar");
  }

  /** The local run's parameters: the template's defaults, then the local ones. */
  private static Map<String, String> localParameters() {
    LocalPipeline p = new LocalPipeline(WF, new StageJars(ArgoManifests.root()));
    return p.parameters(new RunLayout(Path.of("/tmp/runs"), "2026-11-30"), null, Map.of());
  }

  /** The cluster run's parameters: the template's defaults, the run id as Argo renders it. */
  private static Map<String, String> clusterParameters() {
    Map<String, String> params = new LinkedHashMap<>(WF.parameters());
    params.put("run-id", "2026-11-30");
    return params;
  }

  @Test
  void everyTemplatesArgsAreAcceptedByItsStagesOwnParser() throws Exception {
    List<String> problems = new ArrayList<>();
    Map<String, StageParser> parsers = new LinkedHashMap<>();
    Set<String> unloadable = new HashSet<>();
    try {
      for (Map<String, String> params : List.of(localParameters(), clusterParameters())) {
        List<LocalDag.Step> steps = new LocalPipeline(WF, new StageJars(ArgoManifests.root()))
            .plan(null, null, params);
        for (LocalDag.Step s : steps) {
          StageParser parser = parser(s.module(), parsers, unloadable, problems);
          if (parser != null) {
            try {
              parser.parse(s.args());
            } catch (IllegalArgumentException e) {
              problems.add(s.label() + ": " + e.getMessage());
            }
          }
        }
      }
    } finally {
      for (StageParser p : parsers.values()) {
        p.close();
      }
    }
    assertEquals(List.of(), problems);
  }

  /** The module's parser, opened once; null (and one problem) when its main class is missing. */
  private static StageParser parser(String module, Map<String, StageParser> parsers,
      Set<String> unloadable, List<String> problems) throws Exception {
    if (!parsers.containsKey(module)) {
      StageParser p = StageParser.open(jar(module));
      parsers.put(module, p);
      try {
        p.loadMain();
      } catch (IllegalStateException e) {
        problems.add(module + ": " + e.getMessage());
        unloadable.add(module);
      }
    }
    return unloadable.contains(module) ? null : parsers.get(module);
  }

  @Test
  void everyDockerfileEntrypointMainClassIsInItsStageJar() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Dockerfile d : Dockerfile.all()) {
      try (StageParser parser = StageParser.open(jar(d.module()))) {
        parser.loadMain();
      } catch (RuntimeException e) {
        problems.add(d.file().getFileName() + ": " + e.getMessage());
      }
    }
    assertEquals(List.of(), problems);
  }
}

package io.attnlift.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.RunLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code docker run} command of each step, as the template says its pod runs. */
class DockerExecutorTest {
  @TempDir Path tmp;

  private DockerExecutor executor(Map<String, String> given, Map<String, String> env)
      throws Exception {
    WorkflowTemplate wf = WorkflowTemplate.parse(ArgoManifests.workflowTemplate());
    LocalPipeline local = new LocalPipeline(wf, new StageJars(tmp));
    Path preset = Files.writeString(tmp.resolve("demo.yaml"), "train:\n  max-epochs: 1\n");
    Map<String, String> params = local.parameters(new RunLayout(tmp.resolve("runs"), "r1"),
        preset, given);
    return new DockerExecutor(wf, params, env, 1);
  }

  private static LocalDag.Step step(DockerExecutor d, String label) {
    WorkflowTemplate wf = WorkflowTemplate.parse(ArgoManifests.workflowTemplate());
    return new LocalPipeline(wf, new StageJars(Path.of("."))).plan(null, null, d.parameters())
        .stream().filter(s -> s.label().equals(label)).findFirst().orElseThrow();
  }

  @Test
  void aStepRunsItsImageAsThePodsUserWithTheRunFolderWhereTheTemplateMountsIt()
      throws Exception {
    DockerExecutor d = executor(Map.of("image-registry", "attnlift-local",
        "duckdb", tmp.resolve("db/w.duckdb").toString()), Map.of());
    String runs = tmp.resolve("runs").toString();
    String db = tmp.resolve("db").toString();

    assertEquals(List.of("docker", "run", "--rm", "--network", "host",
        "--label", "io.attnlift.run=r1", "--label", "io.attnlift.step=train[no-funnel]",
        "--user", "8737:8737", "--group-add", "8737", "--memory", "32g",
        "--volume", runs + "/r1:/runs/r1",
        "--volume", tmp.resolve("demo.yaml") + ":/etc/attnlift/preset.yaml:ro",
        "--volume", db + ":" + db,
        "attnlift-local/attnlift-train-gpu:0.1.0",
        "train", "--runs-root=/runs", "--run-id=r1", "--config=/etc/attnlift/preset.yaml",
        "--variants=no-funnel", "--preset=seed", "--max-epochs=", "--device=cpu", "--seed=42"),
        d.command(step(d, "train[no-funnel]")));
  }

  @Test
  void secretsArePassedOnByNameAndTheKeyFileMountedWhereTheSecretVolumeIs() throws Exception {
    Path key = Files.writeString(tmp.resolve("rsa_key.p8"), "not read here");
    DockerExecutor d = executor(Map.of("duckdb", ""), Map.of(
        "SNOWFLAKE_PRIVATE_KEY_FILE", key.toString(),
        "SNOWFLAKE_PRIVATE_KEY_PASSPHRASE", "hunter2-secret"));

    List<String> cmd = d.command(step(d, "extract"));

    String joined = String.join(" ", cmd);
    assertTrue(joined.contains("--env SNOWFLAKE_PRIVATE_KEY_FILE="
        + "/var/run/secrets/snowflake/rsa_key.p8 --env SNOWFLAKE_PRIVATE_KEY_PASSPHRASE "), joined);
    assertTrue(joined.contains("--volume " + key + ":/var/run/secrets/snowflake/rsa_key.p8:ro"),
        joined);
    assertFalse(joined.contains("hunter2-secret"), joined);
    assertEquals("4g", cmd.get(cmd.indexOf("--memory") + 1));
  }

  @Test
  void theReportSeesTheRunItComparesToReadOnlyWhenThatRunIsThere() throws Exception {
    DockerExecutor none = executor(Map.of("compare-to", "r0", "duckdb", ""), Map.of());
    assertFalse(String.join(" ", none.command(step(none, "report"))).contains("/runs/r0"));

    Files.createDirectories(tmp.resolve("runs/r0"));
    DockerExecutor d = executor(Map.of("compare-to", "r0", "duckdb", ""), Map.of());
    String joined = String.join(" ", d.command(step(d, "report")));
    assertTrue(joined.contains("--volume " + tmp.resolve("runs/r0") + ":/runs/r0:ro"), joined);
    assertTrue(joined.contains("--volume " + tmp.resolve("runs/r1") + ":/runs/r1 "), joined);
  }

  @Test
  void kubernetesMemoryLimitsBecomeDockersUnits() {
    assertEquals("512m", DockerExecutor.dockerMemory("512Mi"));
    assertEquals("4g", DockerExecutor.dockerMemory("4Gi"));
    assertEquals("1000b", DockerExecutor.dockerMemory("1000"));
  }
}

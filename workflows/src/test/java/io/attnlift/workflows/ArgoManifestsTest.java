package io.attnlift.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.attnlift.common.Json;
import io.attnlift.common.Secrets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The manifests in workflows/argo, parsed and checked for the structure the pipeline needs. */
class ArgoManifestsTest {
  private static final JsonNode WT = ArgoManifests.workflowTemplate();

  @Test
  void everyManifestParsesAndOpensWithAHeaderComment() throws Exception {
    assertTrue(ArgoManifests.files().size() >= 6, ArgoManifests.files().toString());
    for (var file : ArgoManifests.files()) {
      List<String> lines = Files.readAllLines(file);
      assertTrue(lines.size() > 2 && lines.get(0).startsWith("# ") && lines.get(1).startsWith("#"),
          file + " opens without a header comment");
      assertFalse(ArgoManifests.parse(file).isEmpty(), file + " has no document");
    }
    for (ArgoManifests.Doc d : ArgoManifests.all()) {
      assertFalse(d.kind().isEmpty() || d.name().isEmpty(), d + " lacks kind or name");
      assertTrue(d.node().path("apiVersion").isTextual(), d + " lacks apiVersion");
    }
  }

  @Test
  void thePipelineDagIsAcyclicAndEveryTaskTemplateExists() {
    Set<String> templates = new HashSet<>();
    WT.path("spec").path("templates").forEach(t -> templates.add(t.path("name").asText()));
    WorkflowTemplate wf = WorkflowTemplate.parse(WT);
    for (WorkflowTemplate.Task t : wf.tasks()) {
      assertTrue(templates.contains(t.template()), t.name() + " uses a missing template");
      assertTrue(wf.containers().containsKey(t.template()), t.name() + " is not a container");
    }
    assertEquals(List.of("extract", "preprocess", "train", "attribute", "report"),
        new LocalDag(wf).order());
  }

  @Test
  void trainAndAttributeFanOutOverTheVariantsAfterPreprocess() {
    WorkflowTemplate wf = WorkflowTemplate.parse(WT);
    for (WorkflowTemplate.Task t : wf.tasks()) {
      Set<String> expected = switch (t.name()) {
        case "extract" -> Set.of();
        case "preprocess" -> Set.of("extract");
        case "train" -> Set.of("preprocess");
        case "attribute" -> Set.of("train");
        default -> Set.of("attribute");
      };
      assertEquals(expected, t.depends(), t.name());
      boolean perVariant = t.name().equals("train") || t.name().equals("attribute");
      assertEquals(perVariant ? "{{workflow.parameters.variants}}" : null, t.withParam());
    }
  }

  @Test
  void theWorkflowHasTheParametersTheScheduleAndRerunsUse() {
    WorkflowTemplate wf = WorkflowTemplate.parse(WT);
    for (String p : List.of("run-id", "sample-users", "since", "until", "variants", "variant",
        "image-tag", "flink-master", "gpu-node-selector", "gpu-tolerations")) {
      assertTrue(wf.parameters().containsKey(p), "missing parameter " + p);
    }
    assertTrue(wf.parameters().get("run-id").contains("workflow.creationTimestamp"));
    for (String c : List.of("train", "attribute")) {
      assertEquals("{{workflow.parameters.variant}}",
          wf.containers().get(c).inputs().get("variant"),
          c + " alone (--entrypoint " + c + ") takes the workflow's variant");
    }
  }

  @Test
  void onlyExitCode75IsRetriedWithBackoffByOneStrategyForEveryStage() {
    JsonNode r = WT.path("spec").path("templateDefaults").path("retryStrategy");
    assertEquals("lastRetry.exitCode == \"75\"", r.path("expression").asText());
    assertEquals("OnFailure", r.path("retryPolicy").asText());
    assertTrue(r.path("backoff").has("duration") && r.path("backoff").has("factor"));
    assertTrue(Integer.parseInt(r.path("limit").asText()) > 0);
    for (JsonNode t : ArgoManifests.containerTemplates(WT)) {
      assertTrue(t.path("retryStrategy").isMissingNode(),
          t.path("name").asText() + " takes the default, written once");
    }
    assertEquals("0", WT.path("spec").path("templates").get(0).path("retryStrategy")
        .path("limit").asText(), "the DAG itself is not retried");
  }

  @Test
  void trainRequestsAGpuOnTheGpuImageWithSchedulingFromParameters() throws Exception {
    JsonNode train = template("train");
    assertEquals(1, train.path("container").path("resources").path("limits")
        .path("nvidia.com/gpu").asInt());
    assertTrue(train.path("container").path("image").asText().contains("/attnlift-train-gpu:"));
    String patch = train.path("podSpecPatch").asText();
    assertTrue(patch.contains("{{workflow.parameters.gpu-node-selector}}"), patch);
    assertTrue(patch.contains("{{workflow.parameters.gpu-tolerations}}"), patch);
    WorkflowTemplate wf = WorkflowTemplate.parse(WT);
    String rendered = LocalDag.render(patch, wf.parameters(), java.util.Map.of(), null);
    JsonNode spec = Json.MAPPER.readTree(rendered);
    assertTrue(spec.path("nodeSelector").isObject() && spec.path("tolerations").isArray(),
        rendered);
    for (JsonNode t : ArgoManifests.containerTemplates(WT)) {
      if (!t.path("name").asText().equals("train")) {
        assertTrue(t.path("container").path("resources").path("limits")
            .path("nvidia.com/gpu").isMissingNode(), t.path("name") + " asks for a GPU");
      }
    }
  }

  @Test
  void everyArtifactIsKeyOnlyAtItsRunDirectoryPathInsideTheRunsVolume() {
    for (JsonNode t : ArgoManifests.containerTemplates(WT)) {
      String name = t.path("name").asText();
      boolean mounted = false;
      for (JsonNode m : t.path("container").path("volumeMounts")) {
        mounted |= m.path("name").asText().equals("runs")
            && m.path("mountPath").asText().equals("{{workflow.parameters.runs-root}}");
      }
      assertTrue(mounted, name + " does not mount the runs volume at runs-root");
      for (JsonNode a : artifacts(t)) {
        String path = a.path("path").asText();
        String prefix = "{{workflow.parameters.runs-root}}/";
        assertTrue(path.startsWith(prefix), name + ": " + path);
        assertEquals("attnlift/runs/" + path.substring(prefix.length()),
            a.path("s3").path("key").asText(), name + ": the key mirrors the run directory");
        assertEquals(1, a.path("s3").size(), name + ": only a key, storage is configured outside");
        if (path.contains("{{workflow.parameters.compare-to}}")) {
          assertTrue(a.path("optional").asBoolean(), name + ": the compared run may be absent");
        }
      }
      assertFalse(t.path("outputs").path("artifacts").isEmpty(), name + " has no output");
      t.path("outputs").path("artifacts").forEach(a ->
          assertTrue(a.path("archive").path("none").isObject(), name + " tars its output"));
    }
  }

  @Test
  void everyRequiredInputIsAnUpstreamStagesOutput() {
    WorkflowTemplate wf = WorkflowTemplate.parse(WT);
    LocalDag dag = new LocalDag(wf);
    for (JsonNode t : ArgoManifests.containerTemplates(WT)) {
      String name = t.path("name").asText();
      List<String> upstream = new ArrayList<>();
      for (String task : dag.order()) {
        if (!task.equals(name) && dag.from(task).contains(name)) {
          JsonNode up = template(wf.tasks().stream()
              .filter(x -> x.name().equals(task)).findFirst().orElseThrow().template());
          up.path("outputs").path("artifacts").forEach(a -> upstream.add(
              a.path("s3").path("key").asText().replace("{{inputs.parameters.variant}}", "*")));
        }
      }
      for (JsonNode a : t.path("inputs").path("artifacts")) {
        if (!a.path("optional").asBoolean()) {
          String key = a.path("s3").path("key").asText()
              .replace("{{inputs.parameters.variant}}", "*");
          assertTrue(upstream.stream().anyMatch(u -> key.startsWith(u) || u.startsWith(key)),
              name + " reads " + key + ", which no upstream stage writes (" + upstream + ")");
        }
      }
    }
  }

  @Test
  void cronWorkflowsRunTheTemplateWeeklyWithAValidV4Schedule() {
    List<ArgoManifests.Doc> crons = ArgoManifests.ofKind("CronWorkflow");
    assertFalse(crons.isEmpty());
    for (ArgoManifests.Doc d : crons) {
      JsonNode spec = d.node().path("spec");
      assertTrue(spec.path("schedule").isMissingNode(), d + ": Argo v4 takes `schedules`");
      assertTrue(spec.path("schedules").isArray() && !spec.path("schedules").isEmpty(), d + "");
      spec.path("schedules").forEach(s -> CronExpression.parse(s.asText()));
      java.time.ZoneId.of(spec.path("timezone").asText());
      assertEquals("Forbid", spec.path("concurrencyPolicy").asText());
      assertTrue(spec.path("startingDeadlineSeconds").asInt() > 0, d + "");
      assertTrue(spec.path("successfulJobsHistoryLimit").asInt() > 0, d + "");
      assertTrue(spec.path("failedJobsHistoryLimit").asInt() > 0, d + "");
      assertEquals(WT.path("metadata").path("name").asText(),
          spec.path("workflowSpec").path("workflowTemplateRef").path("name").asText());
    }
    CronExpression weekly = CronExpression.parse(
        crons.get(0).node().path("spec").path("schedules").get(0).asText());
    assertEquals(1, weekly.daysOfWeek().cardinality(), "once a week");
    assertTrue(weekly.daysOfWeek().get(1), "on Monday");
    assertEquals("Etc/UTC", crons.get(0).node().path("spec").path("timezone").asText());
  }

  @Test
  void thePodsRunAsALeastPrivilegeServiceAccount() {
    String account = WT.path("spec").path("serviceAccountName").asText();
    assertTrue(ArgoManifests.ofKind("ServiceAccount").stream()
        .anyMatch(d -> d.name().equals(account)), "no ServiceAccount " + account);
    ArgoManifests.Doc binding = ArgoManifests.ofKind("RoleBinding").stream()
        .filter(d -> d.node().path("subjects").get(0).path("name").asText().equals(account))
        .findFirst().orElseThrow();
    String role = binding.node().path("roleRef").path("name").asText();
    JsonNode rules = ArgoManifests.ofKind("Role").stream().filter(d -> d.name().equals(role))
        .findFirst().orElseThrow().node().path("rules");
    assertEquals(Json.MAPPER.createArrayNode().add(Json.MAPPER.createObjectNode()
        .<com.fasterxml.jackson.databind.node.ObjectNode>set("apiGroups",
            Json.MAPPER.createArrayNode().add("argoproj.io"))
        .<com.fasterxml.jackson.databind.node.ObjectNode>set("resources",
            Json.MAPPER.createArrayNode().add("workflowtaskresults"))
        .set("verbs", Json.MAPPER.createArrayNode().add("create").add("patch"))), rules);
    assertTrue(WT.path("spec").path("securityContext").path("runAsNonRoot").asBoolean());
  }

  @Test
  void snowflakeCredentialsComeFromASecretMountedAsAFile() {
    JsonNode secret = null;
    for (JsonNode v : WT.path("spec").path("volumes")) {
      if (v.has("secret")) {
        secret = v;
      }
    }
    assertTrue(secret != null, "no secret volume");
    assertEquals("attnlift-snowflake", secret.path("secret").path("secretName").asText());
    for (String stage : List.of("extract", "attribute")) {
      JsonNode c = template(stage).path("container");
      String name = secret.path("name").asText();
      assertTrue(c.path("volumeMounts").findValuesAsText("name").contains(name), stage);
      List<String> env = c.path("env").findValuesAsText("name");
      // The names both stages read (common's Secrets), and no other Snowflake variable.
      assertEquals(List.of(Secrets.SNOWFLAKE_KEY_FILE, Secrets.SNOWFLAKE_KEY_PASSPHRASE),
          env.stream().filter(n -> n.startsWith("SNOWFLAKE_")).toList(), stage);
    }
  }

  @Test
  void noSecretValueAppearsInAnyManifest() throws Exception {
    List<String> found = new ArrayList<>();
    for (var f : ArgoManifests.files()) {
      SecretScan.text(Files.readString(f)).forEach(p -> found.add(f.getFileName() + ": " + p));
    }
    for (ArgoManifests.Doc d : ArgoManifests.all()) {
      SecretScan.tree(d.node()).forEach(p -> found.add(d + ": " + p));
    }
    assertEquals(List.of(), found);
  }

  @Test
  void theFlinkSessionClusterMatchesTheFlinkThePreprocessStageRuns() throws Exception {
    JsonNode flink = ArgoManifests.ofKind("FlinkDeployment").get(0).node();
    assertTrue(flink.path("spec").path("job").isMissingNode(), "a session cluster has no job");
    String pom = Files.readString(ArgoManifests.root().resolve("pom.xml"));
    String version = flink.path("spec").path("flinkVersion").asText(); // v1_19
    assertTrue(pom.contains("beam-runners-flink-" + version.substring(1).replace('_', '.')),
        "the pom's Flink runner is not " + version);
    String claim = ArgoManifests.ofKind("PersistentVolumeClaim").get(0).name();
    assertTrue(flink.toString().contains("\"claimName\":\"" + claim + "\""));
    JsonNode preprocess = template("preprocess");
    assertEquals("{{workflow.parameters.preprocess-pod-patch}}",
        preprocess.path("podSpecPatch").asText());
    String header = Files.readString(ArgoManifests.argoDir().resolve("flink-session-cluster.yaml"));
    assertTrue(header.contains("flink-master=" + flink.path("metadata").path("name").asText()
        + "-rest:8081"), "the header shows how to submit to this cluster");
    assertTrue(header.contains("\"claimName\":\"" + claim + "\""));
  }

  private static JsonNode template(String name) {
    for (JsonNode t : WT.path("spec").path("templates")) {
      if (t.path("name").asText().equals(name)) {
        return t;
      }
    }
    throw new AssertionError("no template " + name);
  }

  private static List<JsonNode> artifacts(JsonNode template) {
    List<JsonNode> all = new ArrayList<>();
    template.path("inputs").path("artifacts").forEach(all::add);
    template.path("outputs").path("artifacts").forEach(all::add);
    return all;
  }
}

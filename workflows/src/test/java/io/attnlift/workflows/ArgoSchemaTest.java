package io.attnlift.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every Argo manifest against the official Argo Workflows v4.1.2 JSON schema. The schema lives in
 * {@code ../shared/argo/}, beside the checkout in CI; elsewhere these tests skip, saying so, and
 * {@link ArgoManifestsTest} still checks the structure.
 */
class ArgoSchemaTest {
  private static ArgoSchema schema;

  @BeforeAll
  static void load() throws Exception {
    schema = ArgoSchema.load().orElse(null);
    Assumptions.assumeTrue(schema != null, "skipped: the Argo schema is not here ("
        + ArgoSchema.folder().resolve(ArgoSchema.FILE) + " is absent; CI provides it)");
  }

  @Test
  void everyArgoManifestMatchesTheArgoV4Schema() {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (ArgoManifests.Doc d : ArgoManifests.all()) {
      if (d.isArgo()) {
        schema.validate(d.node()).forEach(p -> problems.add(d + ": " + p));
        checked++;
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(checked >= 2, "only " + checked + " Argo manifests");
  }

  @Test
  void aBrokenWorkflowTemplateIsRejected() {
    ObjectNode broken = ArgoManifests.workflowTemplate();
    ((ObjectNode) broken.path("spec").path("templates").get(1).path("container"))
        .putArray("image").add("not-a-string");
    List<String> problems = schema.validate(broken);
    assertFalse(problems.isEmpty());
    assertTrue(problems.toString().contains("image"), problems.toString());
  }

  @Test
  void aCronWorkflowWithTheV3SingularScheduleIsRejected() {
    ObjectNode cron = (ObjectNode) ArgoManifests.ofKind("CronWorkflow").get(0).node().deepCopy();
    ObjectNode spec = (ObjectNode) cron.path("spec");
    spec.put("schedule", spec.path("schedules").get(0).asText());
    spec.remove("schedules");
    List<String> problems = schema.validate(cron);
    assertTrue(problems.toString().contains("schedules"), problems.toString());
  }
}

package io.attnlift.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.Json;
import io.attnlift.common.RunLayout;
import io.attnlift.common.StageException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalDagTest {
  private static final String DIAMOND = """
      spec:
        entrypoint: main
        arguments:
          parameters:
            - {name: run-id, value: "r0"}
            - {name: variants, value: '["a","b"]'}
            - {name: tag, value: "1.0"}
        templates:
          - name: main
            dag:
              tasks:
                - {name: d, template: last, depends: "b && c.Succeeded"}
                - {name: a, template: first}
                - name: b
                  template: per-item
                  depends: a
                  withParam: "{{workflow.parameters.variants}}"
                  arguments:
                    parameters: [{name: v, value: "{{item}}"}]
                - {name: c, template: first, dependencies: [a]}
          - name: first
            container:
              image: "reg/attnlift-extract:{{workflow.parameters.tag}}"
              args: [extract, "--run-id={{workflow.parameters.run-id}}"]
          - name: per-item
            inputs:
              parameters: [{name: v}]
            container:
              image: "reg/attnlift-train-gpu:{{workflow.parameters.tag}}"
              args: [train, "--variants={{inputs.parameters.v}}"]
          - name: last
            container:
              image: "reg/attnlift-report:1"
              args: [report]
      """;

  private static LocalDag dag(String yaml) throws Exception {
    return new LocalDag(WorkflowTemplate.parse(Json.YAML.readTree(yaml)));
  }

  @Test
  void ordersTasksSoEveryDependencyRunsFirst() throws Exception {
    assertEquals(List.of("a", "b", "c", "d"), dag(DIAMOND).order());
  }

  @Test
  void fromATaskTakesItAndEverythingDownstream() throws Exception {
    assertEquals(List.of("b", "d"), dag(DIAMOND).from("b"));
    assertEquals(List.of("a", "b", "c", "d"), dag(DIAMOND).from("a"));
  }

  @Test
  void stepsFanOutOverItemsAndRenderArgsAsArgoWould() throws Exception {
    List<LocalDag.Step> steps = dag(DIAMOND).steps(List.of("a", "b"),
        Map.of("run-id", "r7", "variants", "[\"x\",\"y\"]", "tag", "2"));

    assertEquals(3, steps.size());
    assertEquals(new LocalDag.Step("a", null, "first", "reg/attnlift-extract:2", "extract",
        List.of("extract", "--run-id=r7")),
        steps.get(0));
    assertEquals(new LocalDag.Step("b", "x", "per-item", "reg/attnlift-train-gpu:2", "train",
        List.of("train", "--variants=x")),
        steps.get(1));
    assertEquals("b[y]", steps.get(2).label());
  }

  @Test
  void aCycleIsRefused() throws Exception {
    String cyclic = DIAMOND.replace("{name: a, template: first}",
        "{name: a, template: first, depends: d}");
    assertThrows(StageException.class, () -> dag(cyclic).order());
  }

  @Test
  void anUnknownPlaceholderIsAnErrorNotABlank() {
    StageException e = assertThrows(StageException.class,
        () -> LocalDag.render("--x={{workflow.parameters.nope}}", Map.of(), Map.of(), null));
    assertTrue(e.getMessage().contains("{{workflow.parameters.nope}}"), e.getMessage());
  }

  @Test
  void thePipelineTemplateRunsEveryStageInOrderWithLocalDefaults() {
    WorkflowTemplate wf = WorkflowTemplate.load();
    LocalPipeline p = new LocalPipeline(wf, new StageJars(Path.of("/nowhere")));
    RunLayout layout = new RunLayout(Path.of("/tmp/runs"), "r1");
    Map<String, String> params = p.parameters(layout, null, Map.of("sample-users", "500"));

    List<LocalDag.Step> steps = p.plan(null, null, params);

    assertEquals(List.of("extract", "preprocess", "train[no-funnel]", "train[funnel-removed]",
        "train[with-funnel]", "attribute[no-funnel]", "attribute[funnel-removed]",
        "attribute[with-funnel]", "report"),
        steps.stream().map(LocalDag.Step::label).toList());
    assertTrue(steps.get(0).args().contains("--sample-users=500"));
    assertTrue(steps.get(0).args().contains("--run-id=r1"));
    assertTrue(steps.get(0).args().contains("--runs-root=/tmp/runs"));
    assertTrue(steps.get(2).args().contains("--device=cpu"));
    assertTrue(steps.get(2).args().contains("--variants=no-funnel"));
  }

  @Test
  void onlyTakesOneTaskWithAllItsVariants() {
    LocalPipeline p = new LocalPipeline(WorkflowTemplate.load(), new StageJars(Path.of("/x")));
    Map<String, String> params = p.parameters(new RunLayout(Path.of("/r"), "r1"), null, Map.of());

    assertEquals(List.of("attribute[no-funnel]", "attribute[funnel-removed]",
        "attribute[with-funnel]"),
        p.plan(null, "attribute", params).stream().map(LocalDag.Step::label).toList());
  }

  @Test
  void anUnknownParameterIsRefusedListingTheKnownOnes() {
    LocalPipeline p = new LocalPipeline(WorkflowTemplate.load(), new StageJars(Path.of("/x")));
    StageException e = assertThrows(StageException.class,
        () -> p.parameters(new RunLayout(Path.of("/r"), "r1"), null, Map.of("sample-user", "5")));
    assertTrue(e.getMessage().contains("unknown parameter 'sample-user'"), e.getMessage());
    assertTrue(e.getMessage().contains("sample-users"), e.getMessage());
  }
}

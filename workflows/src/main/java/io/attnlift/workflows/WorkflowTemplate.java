package io.attnlift.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import io.attnlift.common.Json;
import io.attnlift.common.StageException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts of the Argo WorkflowTemplate that the local runner executes: the workflow parameters
 * with their defaults, the container templates (image and args) and the tasks of the pipeline DAG.
 *
 * @param parameters workflow parameter name to default value, in declaration order
 * @param containers container template name to its container
 * @param tasks the tasks of the entrypoint's DAG, in declaration order
 * @param pods container template name to how its pod runs (user, mounts, retries)
 */
public record WorkflowTemplate(
    Map<String, String> parameters,
    Map<String, Container> containers,
    List<Task> tasks,
    Map<String, PodSpec> pods) {

  /** The classpath resource holding the pipeline's WorkflowTemplate (built from workflows/argo). */
  public static final String RESOURCE = "/argo/workflow-template.yaml";

  /**
   * A container template.
   *
   * @param image the image reference, with parameter placeholders
   * @param args the container args, with parameter placeholders
   * @param inputs input parameter name to default value
   */
  public record Container(String image, List<String> args, Map<String, String> inputs) {}

  /**
   * A DAG task.
   *
   * @param depends the names of the tasks it waits for
   * @param withParam the JSON list it fans out over ({@code {{item}}}), or null
   * @param arguments argument parameter name to value, with placeholders
   */
  public record Task(
      String name,
      String template,
      Set<String> depends,
      String withParam,
      Map<String, String> arguments) {}

  /** Reads the WorkflowTemplate built into this jar. */
  public static WorkflowTemplate load() {
    try (InputStream in = WorkflowTemplate.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(Json.YAML.readTree(in));
    } catch (IOException e) {
      throw StageException.failure("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** Extracts the parameters, container templates and entrypoint DAG from a parsed manifest. */
  public static WorkflowTemplate parse(JsonNode root) {
    JsonNode spec = root.path("spec");
    Map<String, String> params = nameValues(spec.path("arguments").path("parameters"));
    Map<String, Container> containers = new LinkedHashMap<>();
    JsonNode dag = null;
    String entry = spec.path("entrypoint").asText();
    for (JsonNode t : spec.path("templates")) {
      String name = t.path("name").asText();
      if (t.has("container")) {
        List<String> args = new ArrayList<>();
        t.path("container").path("args").forEach(a -> args.add(a.asText()));
        containers.put(name, new Container(t.path("container").path("image").asText(), args,
            nameValues(t.path("inputs").path("parameters"))));
      }
      if (name.equals(entry)) {
        dag = t.path("dag");
      }
    }
    if (dag == null || !dag.has("tasks")) {
      throw StageException.failure("entrypoint '" + entry + "' is not a DAG template", null);
    }
    List<Task> tasks = new ArrayList<>();
    for (JsonNode t : dag.path("tasks")) {
      tasks.add(new Task(t.path("name").asText(), t.path("template").asText(),
          dependsOn(t), t.hasNonNull("withParam") ? t.get("withParam").asText() : null,
          nameValues(t.path("arguments").path("parameters"))));
    }
    return new WorkflowTemplate(params, containers, tasks, PodSpec.all(spec));
  }

  /**
   * The task names a task waits for: its {@code dependencies} list, or the task names in its
   * {@code depends} expression (an AND of names, optionally with {@code .Succeeded}).
   */
  static Set<String> dependsOn(JsonNode task) {
    Set<String> deps = new LinkedHashSet<>();
    task.path("dependencies").forEach(d -> deps.add(d.asText()));
    if (task.hasNonNull("depends")) {
      for (String part : task.get("depends").asText().split("&&")) {
        String name = part.trim().replaceFirst("\\.Succeeded$", "");
        if (!name.matches("[A-Za-z0-9-]+")) {
          throw StageException.failure(
              "depends expression '" + task.get("depends").asText()
                  + "' is more than an AND of task names; the local runner cannot run it", null);
        }
        deps.add(name);
      }
    }
    return deps;
  }

  private static Map<String, String> nameValues(JsonNode list) {
    Map<String, String> m = new LinkedHashMap<>();
    list.forEach(p -> m.put(p.path("name").asText(), p.path("value").asText("")));
    return m;
  }
}

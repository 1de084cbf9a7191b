package io.attnlift.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import io.attnlift.common.Json;
import io.attnlift.common.StageException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the WorkflowTemplate's DAG into the ordered list of stage invocations a local run makes,
 * rendering Argo's {@code {{workflow.parameters.x}}}, {@code {{inputs.parameters.x}}} and
 * {@code {{item}}} placeholders exactly as Argo would for these simple templates.
 */
public final class LocalDag {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]+?)\\s*}}");
  private static final Pattern IMAGE =
      Pattern.compile("(?:.*/)?attnlift-([a-z]+)(?:-gpu|-cpu)?:.*");

  /**
   * One stage invocation.
   *
   * @param task the DAG task
   * @param item the fan-out item, or null
   * @param template the container template it runs
   * @param image the rendered image
   * @param module the stage module whose jar runs it (from the image name)
   * @param args the rendered container args
   */
  public record Step(
      String task, String item, String template, String image, String module, List<String> args) {
    /** A short label such as {@code train[no-funnel]}. */
    public String label() {
      return item == null ? task : task + "[" + item + "]";
    }
  }

  private final WorkflowTemplate template;

  public LocalDag(WorkflowTemplate template) {
    this.template = template;
  }

  /** The task names in an order that respects every dependency (declaration order on ties). */
  public List<String> order() {
    List<String> done = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    template.tasks().forEach(t -> names.add(t.name()));
    while (done.size() < names.size()) {
      boolean progressed = false;
      for (WorkflowTemplate.Task t : template.tasks()) {
        if (!done.contains(t.name())) {
          for (String d : t.depends()) {
            if (!names.contains(d)) {
              throw StageException.failure(
                  "task '" + t.name() + "' depends on unknown task '" + d + "'", null);
            }
          }
          if (done.containsAll(t.depends())) {
            done.add(t.name());
            progressed = true;
          }
        }
      }
      if (!progressed) {
        throw StageException.failure("the DAG has a cycle among " + names, null);
      }
    }
    return done;
  }

  /** The tasks downstream of {@code from}, itself included, in run order. */
  public List<String> from(String from) {
    Set<String> picked = new LinkedHashSet<>();
    picked.add(task(from).name());
    for (String name : order()) {
      if (task(name).depends().stream().anyMatch(picked::contains)) {
        picked.add(name);
      }
    }
    return order().stream().filter(picked::contains).toList();
  }

  /** The steps of the given tasks, in run order, with every placeholder rendered. */
  public List<Step> steps(List<String> taskNames, Map<String, String> params) {
    List<Step> steps = new ArrayList<>();
    for (String name : taskNames) {
      WorkflowTemplate.Task t = task(name);
      if (t.withParam() == null) {
        steps.add(step(t, null, params));
      } else {
        for (String item : items(render(t.withParam(), params, Map.of(), null), t)) {
          steps.add(step(t, item, params));
        }
      }
    }
    return steps;
  }

  private Step step(WorkflowTemplate.Task t, String item, Map<String, String> params) {
    WorkflowTemplate.Container c = template.containers().get(t.template());
    if (c == null) {
      throw StageException.failure(
          "task '" + t.name() + "' uses template '" + t.template() + "', not a container", null);
    }
    Map<String, String> inputs = new LinkedHashMap<>();
    c.inputs().forEach((k, v) -> inputs.put(k, render(v, params, Map.of(), item)));
    t.arguments().forEach((k, v) -> inputs.put(k, render(v, params, Map.of(), item)));
    List<String> args = new ArrayList<>();
    for (String a : c.args()) {
      args.add(render(a, params, inputs, item));
    }
    String image = render(c.image(), params, inputs, item);
    Matcher m = IMAGE.matcher(image);
    if (!m.matches()) {
      throw StageException.failure(
          "image '" + c.image() + "' is not an attnlift stage image", null);
    }
    return new Step(t.name(), item, t.template(), image, m.group(1), args);
  }

  private WorkflowTemplate.Task task(String name) {
    return template.tasks().stream()
        .filter(t -> t.name().equals(name))
        .findFirst()
        .orElseThrow(() -> StageException.badInput(
            "no task '%s' in the pipeline (tasks: %s)", name, order()));
  }

  private static List<String> items(String json, WorkflowTemplate.Task t) {
    try {
      JsonNode node = Json.MAPPER.readTree(json);
      List<String> items = new ArrayList<>();
      node.forEach(n -> items.add(n.asText()));
      if (!node.isArray() || items.isEmpty()) {
        throw StageException.badInput(
            "task '%s' fans out over '%s', which is not a non-empty JSON list", t.name(), json);
      }
      return items;
    } catch (IOException e) {
      throw StageException.badInput(
          "task '%s' fans out over '%s', which is not JSON: %s", t.name(), json, e.getMessage());
    }
  }

  /** Replaces Argo placeholders; an unknown one is an error rather than a silent blank. */
  static String render(
      String text, Map<String, String> params, Map<String, String> inputs, String item) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String key = m.group(1);
      String value;
      if (key.equals("item") && item != null) {
        value = item;
      } else if (key.startsWith("workflow.parameters.")) {
        value = params.get(key.substring("workflow.parameters.".length()));
      } else if (key.startsWith("inputs.parameters.")) {
        value = inputs.get(key.substring("inputs.parameters.".length()));
      } else {
        value = null;
      }
      if (value == null) {
        throw StageException.badInput(
            "cannot resolve {{%s}} in '%s' locally: give it a value", key, text);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}

package io.attnlift.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import io.attnlift.common.StageException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the WorkflowTemplate runs one container template's pod, as far as a local container
 * executor honours it (placeholders not rendered).
 *
 * @param user {@code uid:gid} of the pod's security context ({@code runAsUser:runAsGroup})
 * @param fsGroup the pod's {@code fsGroup}, or null
 * @param env environment variables with a literal value
 * @param secretEnv environment variables whose value comes from a Secret
 * @param mounts volume name to its mount path
 * @param runParams the workflow parameters that name the runs its artifacts lie in, under the
 *     runs root ({@code run-id}, and {@code compare-to} for the report)
 * @param memoryLimit {@code resources.limits.memory} ({@code 4Gi}), or null
 * @param retry its retry strategy, its own or the WorkflowTemplate's {@code templateDefaults}
 */
public record PodSpec(
    String user,
    String fsGroup,
    Map<String, String> env,
    List<String> secretEnv,
    Map<String, String> mounts,
    Set<String> runParams,
    String memoryLimit,
    RetryStrategy retry) {

  /** An artifact path: {@code {{workflow.parameters.runs-root}}/{{workflow.parameters.X}}/...}. */
  private static final Pattern ARTIFACT_PATH = Pattern.compile(
      "\\{\\{workflow\\.parameters\\.runs-root}}/\\{\\{workflow\\.parameters\\.([a-z-]+)}}(/.*)?");

  /** The pod of every container template of a parsed WorkflowTemplate, by template name. */
  static Map<String, PodSpec> all(JsonNode spec) {
    Map<String, PodSpec> pods = new LinkedHashMap<>();
    JsonNode defaults = spec.path("templateDefaults");
    for (JsonNode t : spec.path("templates")) {
      if (t.has("container")) {
        pods.put(t.path("name").asText(), of(t, spec, defaults));
      }
    }
    return pods;
  }

  private static PodSpec of(JsonNode t, JsonNode spec, JsonNode defaults) {
    JsonNode c = t.path("container");
    JsonNode security = t.has("securityContext") ? t.path("securityContext")
        : spec.path("securityContext");
    String user = security.has("runAsUser")
        ? security.path("runAsUser").asText() + ":" + security.path("runAsGroup").asText(
            security.path("runAsUser").asText())
        : null;
    String fsGroup = security.has("fsGroup") ? security.path("fsGroup").asText() : null;
    Map<String, String> env = new LinkedHashMap<>();
    List<String> secretEnv = new ArrayList<>();
    for (JsonNode e : c.path("env")) {
      if (e.has("valueFrom")) {
        secretEnv.add(e.path("name").asText());
      } else {
        env.put(e.path("name").asText(), e.path("value").asText(""));
      }
    }
    Map<String, String> mounts = new LinkedHashMap<>();
    c.path("volumeMounts").forEach(m -> mounts.put(m.path("name").asText(),
        m.path("mountPath").asText()));
    String memory = c.path("resources").path("limits").path("memory").asText(null);
    JsonNode retry = t.has("retryStrategy") ? t.get("retryStrategy")
        : defaults.path("retryStrategy");
    return new PodSpec(user, fsGroup, env, secretEnv, mounts, runParams(t),
        memory, RetryStrategy.parse(retry));
  }

  /** The workflow parameters naming the run folders of the template's artifacts. */
  private static Set<String> runParams(JsonNode t) {
    Set<String> params = new LinkedHashSet<>();
    List<JsonNode> artifacts = new ArrayList<>();
    t.path("inputs").path("artifacts").forEach(artifacts::add);
    t.path("outputs").path("artifacts").forEach(artifacts::add);
    for (JsonNode a : artifacts) {
      String path = a.path("path").asText();
      Matcher m = ARTIFACT_PATH.matcher(path);
      if (!m.matches()) {
        throw StageException.failure("artifact '" + a.path("name").asText() + "' of template '"
            + t.path("name").asText() + "' lies at " + path + ", not in a run folder under"
            + " {{workflow.parameters.runs-root}}", null);
      }
      params.add(m.group(1));
    }
    return params;
  }
}

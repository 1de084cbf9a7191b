package io.attnlift.workflows;

import io.attnlift.common.StageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each step of the DAG in its own container, as Argo runs the step's pod: the step's image
 * and args rendered from the template, the pod's non-root uid, its environment, the run folder
 * mounted where the template mounts its runs volume (so its artifacts lie where Argo puts them),
 * the preset where the config volume is mounted, its memory limit, and its retry strategy applied
 * to the exit code, which is passed through.
 *
 * <p>Host files that a step names by path ({@code duckdb}, {@code events-file}) are mounted at the
 * same path. Like the kubelet applying {@code fsGroup}, the executor gives the mounted run folder
 * (and the DuckDB file with its folder) to the pod's user before the first step.
 */
final class DockerExecutor implements StepExecutor {
  private static final Logger LOG = LoggerFactory.getLogger(DockerExecutor.class);

  /** The registry {@code docker/build.sh --local} tags its images with. */
  static final String LOCAL_REGISTRY = "attnlift-local";
  static final String RUNS_VOLUME = "runs";
  static final String CONFIG_VOLUME = "config";
  static final String SECRET_VOLUME = "snowflake-key";
  /** The ConfigMap key the preset is mounted as, and the Secret key of the private key. */
  static final String PRESET_KEY = "preset.yaml";
  static final String KEY_FILE_KEY = "rsa_key.p8";
  /** On the host, where the private key file is (the same variable the stages read). */
  static final String KEY_FILE_ENV = "SNOWFLAKE_PRIVATE_KEY_FILE";

  private final WorkflowTemplate template;
  private final Map<String, String> host;
  private final Map<String, String> inside;
  private final Map<String, String> environment;
  private final double backoffScale;

  /**
   * @param template the WorkflowTemplate
   * @param hostParams the workflow parameters of a local run ({@link LocalPipeline#parameters})
   * @param environment this process's environment (secret variables are passed on by name only)
   * @param backoffScale what the template's retry backoff is multiplied by (1: as on Argo)
   */
  DockerExecutor(WorkflowTemplate template, Map<String, String> hostParams,
      Map<String, String> environment, double backoffScale) {
    this.template = template;
    this.host = hostParams;
    this.environment = environment;
    this.backoffScale = backoffScale;
    this.inside = containerParameters();
  }

  /**
   * The workflow parameters as the containers see them: the runs root is the template's own (where
   * its runs volume is mounted), the preset is the config volume's {@code preset.yaml}, and host
   * files are named by their absolute paths (mounted there).
   */
  Map<String, String> parameters() {
    return inside;
  }

  private Map<String, String> containerParameters() {
    Map<String, String> p = new LinkedHashMap<>(host);
    p.put("runs-root", template.parameters().get("runs-root"));
    if (!host.getOrDefault("config", "").isEmpty()) {
      p.put("config", LocalDag.render(mountPath(CONFIG_VOLUME), p, Map.of(), null) + "/"
          + PRESET_KEY);
    }
    String events = host.getOrDefault("events-file", "");
    if (!events.isEmpty()) {
      p.put("events-file", Path.of(events).toAbsolutePath().toString());
    }
    return p;
  }

  /** The one mount path of a volume across the container templates. */
  private String mountPath(String volume) {
    Set<String> paths = new java.util.TreeSet<>();
    template.pods().values().forEach(pod -> {
      if (pod.mounts().containsKey(volume)) {
        paths.add(pod.mounts().get(volume));
      }
    });
    if (paths.size() != 1) {
      throw StageException.failure("volume '" + volume + "' is mounted at " + paths
          + "; the docker executor needs one mount path", null);
    }
    return paths.iterator().next();
  }

  /** The {@code docker run} command of one attempt of a step. */
  List<String> command(LocalDag.Step s) {
    PodSpec pod = pod(s);
    List<String> cmd = new ArrayList<>(List.of("docker", "run", "--rm", "--network", "host",
        "--label", "io.attnlift.run=" + inside.get("run-id"),
        "--label", "io.attnlift.step=" + s.label()));
    if (pod.user() != null) {
      cmd.addAll(List.of("--user", pod.user()));
    }
    if (pod.fsGroup() != null) {
      cmd.addAll(List.of("--group-add", pod.fsGroup()));
    }
    if (pod.memoryLimit() != null) {
      cmd.addAll(List.of("--memory", dockerMemory(pod.memoryLimit())));
    }
    pod.env().forEach((k, v) -> cmd.addAll(List.of("--env", k + "=" + v)));
    // A secret's value is passed on from this environment by name, never on the command line.
    pod.secretEnv().stream().filter(environment::containsKey)
        .forEach(k -> cmd.addAll(List.of("--env", k)));
    mounts(s, pod).forEach(m -> cmd.addAll(List.of("--volume", m)));
    cmd.add(s.image());
    cmd.addAll(s.args());
    return cmd;
  }

  private PodSpec pod(LocalDag.Step s) {
    PodSpec pod = template.pods().get(s.template());
    if (pod == null) {
      throw StageException.failure("no container template '" + s.template() + "'", null);
    }
    return pod;
  }

  /** The volumes of a step's container, as {@code host:container[:ro]}. */
  private List<String> mounts(LocalDag.Step s, PodSpec pod) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, String> m : pod.mounts().entrySet()) {
      String at = LocalDag.render(m.getValue(), inside, Map.of(), null);
      switch (m.getKey()) {
        case RUNS_VOLUME -> {
          for (String param : pod.runParams()) {
            String run = inside.getOrDefault(param, "");
            Path dir = Path.of(host.get("runs-root")).resolve(run);
            boolean own = param.equals("run-id");
            if (!run.isEmpty() && (own || Files.isDirectory(dir))) {
              out.add(dir + ":" + at + "/" + run + (own ? "" : ":ro"));
            }
          }
        }
        case CONFIG_VOLUME -> {
          if (!host.getOrDefault("config", "").isEmpty()) {
            out.add(host.get("config") + ":" + at + "/" + PRESET_KEY + ":ro");
          }
        }
        case SECRET_VOLUME -> {
          String key = environment.get(KEY_FILE_ENV);
          if (key != null && Files.isRegularFile(Path.of(key))) {
            out.add(Path.of(key).toAbsolutePath() + ":" + at + "/" + KEY_FILE_KEY + ":ro");
          }
        }
        default -> throw StageException.failure("template '" + s.template() + "' mounts volume '"
            + m.getKey() + "', which the docker executor does not know", null);
      }
    }
    String duckdb = inside.getOrDefault("duckdb", "");
    if (!duckdb.isEmpty()) {
      Path dir = Path.of(duckdb).getParent();
      out.add(dir + ":" + dir);
    }
    String events = inside.getOrDefault("events-file", "");
    if (!events.isEmpty()) {
      out.add(events + ":" + events + ":ro");
    }
    return out;
  }

  /** Kubernetes memory ({@code 4Gi}, {@code 512Mi}) as docker's ({@code 4g}, {@code 512m}). */
  static String dockerMemory(String k8s) {
    var m = java.util.regex.Pattern.compile("(\\d+)(Ki|Mi|Gi|Ti)?").matcher(k8s);
    if (!m.matches()) {
      throw StageException.failure("memory limit '" + k8s + "' is not n, nKi, nMi, nGi or nTi",
          null);
    }
    String unit = m.group(2) == null ? "b" : switch (m.group(2)) {
      case "Ki" -> "k";
      case "Mi" -> "m";
      case "Gi" -> "g";
      default -> "t";
    };
    return m.group(1) + unit;
  }

  @Override
  public void check(List<LocalDag.Step> steps) {
    Docker.requireEngine();
    steps.stream().map(LocalDag.Step::image).distinct().forEach(Docker::requireImage);
    steps.forEach(s -> mounts(s, pod(s)));
    Path run = Path.of(host.get("runs-root")).resolve(inside.get("run-id"));
    String duckdb = inside.getOrDefault("duckdb", "");
    String user = steps.isEmpty() ? null : pod(steps.get(0)).user();
    if (user != null) {
      Docker.giveTo(user, run, duckdb.isEmpty() ? null : Path.of(duckdb), steps.get(0).image());
    }
  }

  @Override
  public String flags() {
    return " --executor docker";
  }

  @Override
  public int run(LocalDag.Step s) {
    RetryStrategy retry = pod(s).retry();
    long first = System.nanoTime();
    List<String> cmd = command(s);
    LOG.info("{} in {}", s.label(), s.image());
    for (int attempt = 1; ; attempt++) {
      int code = Docker.run(cmd);
      Duration elapsed = Duration.ofNanos(System.nanoTime() - first);
      if (code == 0 || !retry.allows(attempt, code, elapsed)) {
        return code;
      }
      Duration wait = Duration.ofMillis(Math.round(retry.delay(attempt).toMillis() * backoffScale));
      LOG.warn("{} exited with {}: retry {} of {} in {} s (the template's retryStrategy)",
          s.label(), code, attempt, retry.limit(), wait.toMillis() / 1000.0);
      sleep(wait);
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw StageException.failure("interrupted while waiting to retry", e);
    }
  }
}

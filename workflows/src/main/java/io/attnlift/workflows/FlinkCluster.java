package io.attnlift.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import io.attnlift.common.Json;
import io.attnlift.common.StageException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Flink session cluster on this machine: one JobManager and N TaskManagers, each its own JVM,
 * started from Flink's own entry points on the preprocess stage's classpath (Flink 1.19, the
 * version its Beam runner is built against), with every address on loopback. Its folder holds the
 * configuration ({@code conf/config.yaml}), one log and one pid file per process.
 */
final class FlinkCluster {
  static final String JOB_MANAGER = "org.apache.flink.runtime.entrypoint."
      + "StandaloneSessionClusterEntrypoint";
  static final String TASK_MANAGER = "org.apache.flink.runtime.taskexecutor.TaskManagerRunner";
  /** What Flink's own start scripts use to size the JVMs from the configuration. */
  static final String BASH_JAVA_UTILS = "org.apache.flink.runtime.util.bash.BashJavaUtils";

  /**
   * The JVM options of flink-dist's default configuration ({@code env.java.opts.all}) for Java 17.
   */
  static final List<String> JAVA_17_OPTS = List.of(
      "--add-exports=java.base/sun.net.util=ALL-UNNAMED",
      "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
      "--add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
      "--add-opens=java.base/java.lang=ALL-UNNAMED",
      "--add-opens=java.base/java.net=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
      "--add-opens=java.base/java.text=ALL-UNNAMED",
      "--add-opens=java.base/java.time=ALL-UNNAMED",
      "--add-opens=java.base/java.util=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED");

  private final Path dir;
  private final Path classpath;

  /**
   * @param dir the cluster's folder
   * @param lib the folder of Flink's jars (the preprocess stage's {@code target/lib})
   */
  FlinkCluster(Path dir, Path lib) {
    this.dir = dir.toAbsolutePath();
    this.classpath = lib.toAbsolutePath();
  }

  Path dir() {
    return dir;
  }

  /** Writes the configuration, starts the processes and waits until every TaskManager is in. */
  String start(FlinkSettings settings, Duration timeout) throws IOException {
    if (!running().isEmpty()) {
      throw StageException.badInput("a cluster is already running from %s (pids %s): stop it"
          + " first with `attnlift flink stop`", dir, running().values());
    }
    if (!Files.isDirectory(classpath)) {
      throw StageException.failure("no Flink classpath at " + classpath + ": build the"
          + " preprocess stage first (mvn -DskipTests package)", null);
    }
    requireFree(settings.restPort());
    Path conf = Files.createDirectories(dir.resolve("conf"));
    Files.createDirectories(dir.resolve("log"));
    Files.createDirectories(dir.resolve("tmp"));
    Files.writeString(conf.resolve("config.yaml"), settings.yaml(dir.resolve("tmp"), freePort()));
    start("jobmanager", JOB_MANAGER, sizing("GET_JM_RESOURCE_PARAMS"));
    Sizing tm = sizing("GET_TM_RESOURCE_PARAMS");
    for (int i = 1; i <= settings.taskManagers(); i++) {
      start("taskmanager-" + i, TASK_MANAGER, tm);
    }
    awaitTaskManagers(settings, timeout);
    return "localhost:" + settings.restPort();
  }

  /** The processes of this cluster that are alive, by name. */
  Map<String, Long> running() throws IOException {
    Map<String, Long> alive = new LinkedHashMap<>();
    if (!Files.isDirectory(dir)) {
      return alive;
    }
    try (var files = Files.list(dir)) {
      for (Path pidFile : files.filter(f -> f.toString().endsWith(".pid")).sorted().toList()) {
        String name = pidFile.getFileName().toString().replace(".pid", "");
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        if (process(pid, name).isPresent()) {
          alive.put(name, pid);
        }
      }
    }
    return alive;
  }

  /** Stops every process of this cluster (TaskManagers first); returns the names it stopped. */
  List<String> stop(Duration grace) throws IOException {
    List<String> stopped = new ArrayList<>();
    List<Map.Entry<String, Long>> order = new ArrayList<>(running().entrySet());
    order.sort((a, b) -> a.getKey().startsWith("job") ? 1 : b.getKey().startsWith("job") ? -1 : 0);
    for (Map.Entry<String, Long> p : order) {
      Optional<ProcessHandle> h = process(p.getValue(), p.getKey());
      if (h.isPresent()) {
        h.get().destroy();
        try {
          h.get().onExit().get(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
          h.get().destroyForcibly();
        }
        stopped.add(p.getKey() + " (pid " + p.getValue() + ")");
      }
      Files.deleteIfExists(dir.resolve(p.getKey() + ".pid"));
    }
    return stopped;
  }

  /** The process with this pid, if it is the cluster process of that name (not a reused pid). */
  private static Optional<ProcessHandle> process(long pid, String name) {
    String main = name.startsWith("job") ? JOB_MANAGER : TASK_MANAGER;
    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
        .filter(h -> h.info().arguments().map(a -> List.of(a).contains(main)).orElse(false));
  }

  private void start(String name, String main, Sizing sizing) throws IOException {
    List<String> cmd = new ArrayList<>();
    // Its own session: the process outlives this command and a Ctrl-C in its terminal.
    if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
      cmd.add("/usr/bin/setsid");
    }
    cmd.add(java());
    cmd.addAll(sizing.jvm());
    cmd.addAll(JAVA_17_OPTS);
    cmd.add("-Dlog.file=" + dir.resolve("log").resolve(name + ".log"));
    cmd.addAll(List.of("-cp", classpath + "/*", main, "--configDir", dir.resolve("conf")
        .toString()));
    cmd.addAll(sizing.dynamic());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(dir.resolve("log").resolve(name + ".log").toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    Files.writeString(dir.resolve(name + ".pid"), p.pid() + "\n");
  }

  /**
   * The JVM memory options and the dynamic properties ({@code -D key=value}, program arguments)
   * that Flink's start scripts derive from the configuration, from Flink's own BashJavaUtils.
   */
  private Sizing sizing(String command) throws IOException {
    List<String> cmd = List.of(java(), "-cp", classpath + "/*", BASH_JAVA_UTILS, command,
        "--configDir", dir.resolve("conf").toString());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    List<List<String>> results = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (line.startsWith(RESULT)) {
        results.add(List.of(line.substring(RESULT.length()).strip().split("\\s+")));
      }
    }
    if (results.size() != 2) {
      throw StageException.failure("Flink's BashJavaUtils " + command + " said: " + out, null);
    }
    return new Sizing(results.get(0), results.get(1));
  }

  private static final String RESULT = "BASH_JAVA_UTILS_EXEC_RESULT:";

  /** JVM options and Flink dynamic properties of one kind of process. */
  private record Sizing(List<String> jvm, List<String> dynamic) {}

  private void awaitTaskManagers(FlinkSettings settings, Duration timeout) throws IOException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI overview = URI.create("http://127.0.0.1:" + settings.restPort() + "/overview");
    long deadline = System.nanoTime() + timeout.toNanos();
    int seen = 0;
    while (System.nanoTime() < deadline) {
      if (running().size() < settings.taskManagers() + 1) {
        stop(Duration.ofSeconds(5));
        throw StageException.failure("the cluster did not start; see the logs in "
            + dir.resolve("log"), null);
      }
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(overview).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        JsonNode o = Json.MAPPER.readTree(r.body());
        seen = o.path("taskmanagers").asInt();
        if (r.statusCode() == 200 && seen == settings.taskManagers()) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw StageException.failure("interrupted while waiting for the cluster", e);
      }
      pause();
    }
    stop(Duration.ofSeconds(5));
    throw StageException.failure(String.format("the cluster had %d of %d TaskManagers after %d"
        + " s; see the logs in %s", seen, settings.taskManagers(), timeout.toSeconds(),
        dir.resolve("log")), null);
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void requireFree(int port) {
    try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      s.getLocalPort();
    } catch (IOException e) {
      throw StageException.badInput("port %d on loopback is in use: give another with --port",
          port);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}

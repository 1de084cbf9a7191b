package io.attnlift.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline as production runs it, on a real Docker engine: {@code docker/build.sh --local}
 * builds every image (and the Debian-built bases where missing), {@code attnlift run --executor
 * docker} runs each step of the DAG in its image, and the report's numbers equal the in-process
 * run's on the same tiny world. Exit codes pass through; 75 is retried as the template says.
 *
 * <p>Skips, saying why, where no Docker engine answers, unless {@code ATTNLIFT_REQUIRE_DOCKER=1}
 * (which .ci/run sets, after starting one): then a missing engine fails.
 */
class DockerDagIT {
  private static final Path ROOT = ArgoManifests.root();
  private static final String USERS = "200";

  @TempDir static Path tmp;

  @BeforeAll
  static void engineAndImages() throws Exception {
    Docker.Result engine = Docker.capture(List.of("docker", "version", "--format",
        "{{.Server.Version}}"));
    boolean required = "1".equals(System.getenv("ATTNLIFT_REQUIRE_DOCKER"));
    if (engine.code() != 0 && !required) {
      Assumptions.abort("no Docker engine answers (`docker version`: " + engine.output().strip()
          + "); start one with docker/engine.sh start, or set ATTNLIFT_REQUIRE_DOCKER=1 to fail");
    }
    assertEquals(0, engine.code(), "ATTNLIFT_REQUIRE_DOCKER=1 but no engine: " + engine.output());
    Attnlift.Result built = Attnlift.exec(List.of("bash", "docker/build.sh", "--local"), ROOT,
        tmp.resolve("build.log"), Map.of());
    assertEquals(0, built.code(), built.tail());
  }

  private static Attnlift.Result attnlift(String log, Map<String, String> env, String... args)
      throws Exception {
    return Attnlift.run(tmp, tmp.resolve(log), env, args);
  }

  @Test
  void theDagInContainersEndsWithTheSameReportAsTheInProcessRun() throws Exception {
    Path db = tmp.resolve("world/attnlift.duckdb");
    assertEquals(0, attnlift("generate.log", Map.of(), "generate", "--duckdb=" + db,
        "--users=" + USERS).code());
    // Each run writes its attribution tables back into its own copy of the world.
    Files.createDirectories(tmp.resolve("docker-world"));
    Path dockerDb = Files.copy(db, tmp.resolve("docker-world/attnlift.duckdb"));
    List<String> params = List.of("--run-id", "r1", "--source", "duckdb", "--sample-users", USERS,
        "--preset", "baby", "--max-epochs", "1");

    Attnlift.Result local = attnlift("local.log", Map.of(), concat(List.of("run",
        "--runs-root", tmp.resolve("local").toString(), "--duckdb", db.toString()), params));
    assertEquals(0, local.code(), local.tail());
    Attnlift.Result docker = attnlift("docker.log", Map.of(), concat(List.of("run",
        "--executor", "docker", "--runs-root", tmp.resolve("docker").toString(),
        "--duckdb", dockerDb.toString()), params));
    assertEquals(0, docker.code(), docker.tail());

    for (String step : List.of("extract", "preprocess", "train[no-funnel]", "train[with-funnel]",
        "attribute[no-funnel]", "attribute[with-funnel]", "report")) {
      assertTrue(docker.output().contains(step + " in attnlift-local/attnlift-"), step);
    }
    Path a = tmp.resolve("local/r1");
    Path b = tmp.resolve("docker/r1");
    assertEquals(Json.MAPPER.readTree(a.resolve("report/summary.json").toFile()),
        Json.MAPPER.readTree(b.resolve("report/summary.json").toFile()));
    String html = Files.readString(a.resolve("report/report.html"));
    assertTrue(ReportNumbers.timingCells(html) > 0, "the report has no timing cells to mask");
    assertEquals(ReportNumbers.withoutTimings(html),
        ReportNumbers.withoutTimings(Files.readString(b.resolve("report/report.html"))));
    List<Path> tables = csvs(a);
    assertTrue(tables.size() > 20, tables.toString());
    for (Path t : tables) {
      assertEquals(Files.readString(a.resolve(t)), Files.readString(b.resolve(t)), t.toString());
    }
    assertEquals(8737, Files.getAttribute(b.resolve("report/report.html"), "unix:uid"),
        "the report was not written by the template's uid");
    theGpuImageLoadsTheGpuLibraryAndSaysItSeesNoGpu(b);
  }

  /** The train-gpu image, on that run, asked for the GPU on a machine without one. */
  private static void theGpuImageLoadsTheGpuLibraryAndSaysItSeesNoGpu(Path run) throws Exception {
    String image = "attnlift-local/attnlift-train-gpu:0.1.0";
    Attnlift.Result lib = Attnlift.exec(List.of("docker", "run", "--rm", "--network", "none",
        "--entrypoint", "ls", image, "/app/lib"), tmp, tmp.resolve("gpu-lib.log"), Map.of());
    assertTrue(lib.output().contains("tensorflow-core-native-1.1.0-linux-x86_64-gpu.jar"),
        lib.output());
    Attnlift.Result gpu = Attnlift.exec(List.of("docker", "run", "--rm", "--network", "none",
        "--user", "8737:8737", "--volume", run + ":/runs/r1", image, "train", "--runs-root=/runs",
        "--run-id=r1", "--variants=no-funnel", "--preset=baby", "--device=gpu"), tmp,
        tmp.resolve("gpu.log"), Map.of());
    assertEquals(2, gpu.code(), gpu.tail());
    assertTrue(gpu.output().contains("--device gpu was asked for, but TensorFlow sees no GPU"),
        gpu.tail());
  }

  @Test
  void aTransientFailureIsRetriedAsTheTemplateSaysAndItsExitCodePassedThrough()
      throws Exception {
    Path key = tmp.resolve("secrets/rsa_key.p8");
    Files.createDirectories(key.getParent());
    Files.writeString(key, pkcs8Key());
    int closed;
    try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    Path preset = Files.writeString(tmp.resolve("unreachable.yaml"), String.join("\n",
        "snowflake:", "  account: acme-prod", "  user: ATTNLIFT", "  database: ANALYTICS",
        "  schema: APP", "  host: 127.0.0.1", "  port: " + closed, "  connect-attempts: 1", ""));

    Attnlift.Result r = attnlift("transient.log", Map.of("SNOWFLAKE_PRIVATE_KEY_FILE",
        key.toString()), "run", "--executor", "docker", "--backoff-scale", "0",
        "--runs-root", tmp.resolve("transient").toString(), "--run-id", "t1",
        "--only", "extract", "--config", preset.toString(), "--source", "snowflake",
        "--duckdb", "");

    assertEquals(75, r.code(), r.tail());
    assertEquals(4, r.output().split("cannot reach Snowflake account acme-prod", -1).length - 1,
        "one first attempt and three retries:\n" + r.tail());
    assertTrue(r.output().contains("extract exited with 75: retry 3 of 3"), r.tail());
    assertFalse(r.output().contains("retry 4"), r.tail());
  }

  @Test
  void badInputFailsAtOnceWithItsOwnExitCode() throws Exception {
    Attnlift.Result r = attnlift("bad.log", Map.of(), "run", "--executor", "docker",
        "--runs-root", tmp.resolve("bad").toString(), "--run-id", "b1", "--only", "extract",
        "--source", "file", "--events-file", tmp.resolve("missing.csv").toString(),
        "--duckdb", "");

    assertEquals(2, r.code(), r.tail());
    assertTrue(r.output().contains("missing.csv"), r.tail());
    assertFalse(r.output().contains("retry"), r.tail());
  }

  private static String[] concat(List<String> a, List<String> b) {
    return Stream.concat(a.stream(), b.stream()).toArray(String[]::new);
  }

  /** Every CSV of the attribute and report folders, relative to the run. */
  private static List<Path> csvs(Path run) throws Exception {
    try (Stream<Path> s = Files.walk(run)) {
      return s.filter(p -> p.toString().endsWith(".csv"))
          .filter(p -> run.relativize(p).startsWith("attribute")
              || run.relativize(p).startsWith("report"))
          .map(run::relativize).sorted().toList();
    }
  }

  /** A fresh RSA private key in PKCS#8 PEM, the form Snowflake key-pair authentication reads. */
  private static String pkcs8Key() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    String b64 = Base64.getMimeEncoder(64, "\n".getBytes())
        .encodeToString(g.generateKeyPair().getPrivate().getEncoded());
    return "-----BEGIN PRIVATE KEY-----\n" + b64 + "\n-----END PRIVATE KEY-----\n";
  }
}

package io.attnlift.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.attnlift.common.Contract;
import io.attnlift.common.Json;
import io.attnlift.common.ParquetFiles;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Preprocess on a real Flink session cluster on this machine ({@code attnlift flink start}: a
 * JobManager and two TaskManagers, each its own process, REST on loopback) writes the same shards,
 * vocabularies and stats as on the embedded Flink, from the same extract.
 */
class FlinkClusterIT {
  @TempDir Path tmp;

  private Attnlift.Result attnlift(String log, String... args) throws Exception {
    return Attnlift.run(tmp, tmp.resolve("logs").resolve(log), Map.of(), args);
  }

  @Test
  void preprocessOnTheLocalClusterWritesWhatEmbeddedFlinkWrites() throws Exception {
    Path runs = tmp.resolve("runs");
    Path db = tmp.resolve("world.duckdb");
    assertEquals(0, attnlift("generate.log", "generate", "--duckdb=" + db, "--users=150").code());
    // Each run extracts its own (the same users: the sample is deterministic); a copied extract
    // output belongs to the other run and preprocess refuses it.
    for (String run : List.of("embedded", "cluster")) {
      Attnlift.Result extract = attnlift(run + "-extract.log", "extract", "--runs-root=" + runs,
          "--run-id=" + run, "--source=duckdb", "--duckdb=" + db, "--sample-users=150");
      assertEquals(0, extract.code(), extract.tail());
    }
    int port = freePort();
    String dir = tmp.resolve("flink").toString();
    try {
      Attnlift.Result start = attnlift("start.log", "flink", "start", "--dir", dir,
          "--port", String.valueOf(port));
      assertEquals(0, start.code(), start.tail());
      assertTrue(start.output().strip().endsWith("localhost:" + port), start.tail());
      Attnlift.Result status = attnlift("status.log", "flink", "status", "--dir", dir);
      assertEquals(List.of("jobmanager", "taskmanager-1", "taskmanager-2"),
          status.output().lines().map(l -> l.split(" ")[0]).toList(), status.output());

      Attnlift.Result embedded = attnlift("embedded.log", "preprocess", "--runs-root=" + runs,
          "--run-id=embedded");
      assertEquals(0, embedded.code(), embedded.tail());
      Attnlift.Result cluster = attnlift("cluster.log", "preprocess", "--runs-root=" + runs,
          "--run-id=cluster", "--flink-master=localhost:" + port);
      assertEquals(0, cluster.code(), cluster.tail());

      assertEquals(List.of("attnlift-preprocess-cluster FINISHED"), jobs(port));
      assertTheDeploymentManifestRunsThisVersionWithTheseKeys(Path.of(dir, "conf/config.yaml"));
    } finally {
      attnlift("stop.log", "flink", "stop", "--dir", dir);
    }
    assertEquals(1, attnlift("after.log", "flink", "status", "--dir", dir).code(),
        "a cluster process outlived stop");
    assertSameOutputs(runs.resolve("embedded/preprocess"), runs.resolve("cluster/preprocess"));
  }

  /**
   * The FlinkDeployment runs the Flink version of the preprocess stage's flink-runtime, the one
   * this cluster runs, and sets the keys this cluster sets but for its loopback addresses.
   */
  private static void assertTheDeploymentManifestRunsThisVersionWithTheseKeys(Path config)
      throws Exception {
    JsonNode spec = ArgoManifests.all().stream()
        .filter(d -> d.node().path("kind").asText().equals("FlinkDeployment")).findFirst()
        .orElseThrow().node().path("spec");
    String version;
    try (var lib = Files.list(ArgoManifests.root().resolve("preprocess/target/lib"))) {
      version = lib.map(p -> p.getFileName().toString())
          .filter(n -> n.matches("flink-runtime-[\\d.]+\\.jar")).findFirst().orElseThrow()
          .replaceAll("flink-runtime-([\\d.]+)\\.jar", "$1");
    }
    assertEquals("flink:" + version + "-java17", spec.path("image").asText());
    assertEquals("v" + version.replaceAll("^(\\d+)\\.(\\d+)\\..*", "$1_$2"),
        spec.path("flinkVersion").asText());
    java.util.Set<String> local = new java.util.TreeSet<>();
    Json.YAML.readTree(config.toFile()).fieldNames().forEachRemaining(local::add);
    FlinkSettings.LOCAL_KEYS.forEach(local::remove);
    java.util.Set<String> deployed = new java.util.TreeSet<>();
    spec.path("flinkConfiguration").fieldNames().forEachRemaining(deployed::add);
    assertEquals(deployed, local);
  }

  private static void assertSameOutputs(Path a, Path b) throws Exception {
    for (String v : List.of("no-funnel", "with-funnel")) {
      assertEquals(Files.readString(a.resolve(v + "/vocab.json")),
          Files.readString(b.resolve(v + "/vocab.json")), v);
      JsonNode stats = Json.MAPPER.readTree(a.resolve(v + "/manifest.json").toFile()).get("stats");
      assertEquals(stats, Json.MAPPER.readTree(b.resolve(v + "/manifest.json").toFile())
          .get("stats"), v);
      assertTrue(stats.path("sessions").asInt() > 100, stats.toString());
      for (String split : List.of("train", "val", "test")) {
        Path sa = a.resolve(v + "/sequences/" + split);
        Path sb = b.resolve(v + "/sequences/" + split);
        assertEquals(names(sa), names(sb), v + "/" + split);
        assertEquals(rows(sa), rows(sb), v + "/" + split);
      }
    }
  }

  /** Every finished or running job of the cluster, as "name STATE". */
  private static List<String> jobs(int port) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + "/jobs/overview")).build(),
        HttpResponse.BodyHandlers.ofString());
    List<String> out = new ArrayList<>();
    Json.MAPPER.readTree(r.body()).path("jobs").forEach(j -> out.add(j.path("name").asText()
        + " " + j.path("state").asText()));
    return out;
  }

  private static List<String> rows(Path dir) throws Exception {
    List<String> rows = new ArrayList<>();
    ParquetFiles.read(dir, Contract.SEQUENCES, r -> rows.add(r.toString()));
    rows.sort(null);
    return rows;
  }

  private static List<String> names(Path dir) throws Exception {
    return ParquetFiles.list(dir).stream().map(p -> p.getFileName().toString()).sorted().toList();
  }

  private static int freePort() throws Exception {
    try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}

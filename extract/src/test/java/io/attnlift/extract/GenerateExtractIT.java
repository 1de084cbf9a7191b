package io.attnlift.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.Contract;
import io.attnlift.common.Manifest;
import io.attnlift.common.json.ExtractStats;
import io.attnlift.common.json.GroundTruthJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate} then {@code extract}, on the DuckDB file and on its CSV and Parquet exports. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GenerateExtractIT {
  private Path tmp;
  private Path db;
  private Path runs;

  @BeforeAll
  void generate(@TempDir Path dir) {
    tmp = dir;
    db = tmp.resolve("data/attnlift.duckdb");
    runs = tmp.resolve("runs");
    Runs.Result r = Runs.cli("generate", "--duckdb", db.toString(), "--users", "300",
        "--seed", "11", "--end-date", "2026-11-27", "--csv", tmp.resolve("events.csv").toString(),
        "--parquet", tmp.resolve("events.parquet").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("300 users"), r.out());
  }

  private List<GenericRecord> extract(String runId, String... source) throws Exception {
    List<String> args = new java.util.ArrayList<>(List.of("extract", "--runs-root",
        runs.toString(), "--run-id", runId, "--until", "2026-11-27", "--sample-users", "100",
        "--seed", "5"));
    args.addAll(List.of(source));
    Runs.Result r = Runs.cli(args.toArray(String[]::new));
    assertEquals(0, r.code(), r.err());
    return Runs.events(runs, runId);
  }

  @Test
  void theDuckDbFileAndItsCsvAndParquetExportsGiveTheSameSample() throws Exception {
    List<GenericRecord> fromDb = extract("db", "--duckdb", db.toString());
    List<GenericRecord> fromCsv = extract("csv", "--events-file",
        tmp.resolve("events.csv").toString());
    List<GenericRecord> fromParquet = extract("pq", "--events-file",
        tmp.resolve("events.parquet").toString());

    assertEquals(100, Runs.users(fromDb).size());
    assertEquals(Runs.users(fromDb), Runs.users(fromCsv));
    assertEquals(fromDb.toString(), fromCsv.toString());
    assertEquals(fromDb.toString(), fromParquet.toString());
    assertTrue(fromCsv.stream().anyMatch(e -> String.valueOf(e.get("store_name"))
        .contains("<script>")), "messy names survive the CSV round trip");
    assertTrue(fromCsv.stream().anyMatch(e -> String.valueOf(e.get("store_name"))
        .contains("\"The\"")));
  }

  @Test
  void theDuckDbSourceAlsoCopiesTheTruthOfTheSampledSessions() throws Exception {
    extract("truth", "--duckdb", db.toString());

    Manifest m = Runs.manifest(runs, "truth");
    ExtractStats stats = Runs.stats(runs, "truth");
    List<GenericRecord> truth = Runs.records(runs.resolve("truth/extract/session_truth"),
        Contract.SESSION_TRUTH);
    assertEquals(stats.sessions(), truth.size());
    assertEquals(stats.sessions(), m.output("session_truth").rows());
    GroundTruthJson gt = GroundTruthJson.CONTRACT.read(
        runs.resolve("truth/extract/ground_truth.json"));
    assertEquals("default", gt.world());
    assertEquals(6, gt.drivers().size());
    assertEquals(10, gt.heroStores().size());
    assertEquals(0.0, gt.eventContributions().get("action_place_order"));
  }

  @Test
  void theSameSeedGeneratesTheSameTableAndARerunReplacesIt() throws Exception {
    Path again = tmp.resolve("again.duckdb");
    Path csv = tmp.resolve("again.csv");
    for (int i = 0; i < 2; i++) {
      assertEquals(0, Runs.cli("generate", "--duckdb", again.toString(), "--users", "300",
          "--seed", "11", "--end-date", "2026-11-27", "--csv", csv.toString()).code());
    }

    assertArrayEquals(Files.readAllBytes(tmp.resolve("events.csv")), Files.readAllBytes(csv));
    assertEquals(count(db, "EVENTS"), count(again, "EVENTS"));
    assertEquals(count(db, "ATTNLIFT_SESSION_TRUTH"), count(again, "ATTNLIFT_SESSION_TRUTH"));
    assertEquals(1, count(again, "ATTNLIFT_GROUND_TRUTH"));
  }

  @Test
  void generateWithDefaultDatesFallsInsideExtractsDefaultWindow() throws Exception {
    Path today = tmp.resolve("today.duckdb");
    assertEquals(0, Runs.cli("generate", "--duckdb", today.toString(), "--users", "40").code());

    Runs.Result r = Runs.cli("extract", "--runs-root", runs.toString(), "--run-id", "today",
        "--duckdb", today.toString(), "--sample-users", "1000");

    assertEquals(0, r.code(), r.err());
    ExtractStats stats = Runs.stats(runs, "today");
    assertEquals(40, stats.usersSampled());
    assertEquals(stats.tableRows(), stats.rows());
  }

  private static long count(Path file, String table) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}

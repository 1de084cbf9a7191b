package io.attnlift.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.Contract;
import io.attnlift.common.ExitCodes;
import io.attnlift.common.Manifests;
import io.attnlift.common.Method;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.Stage;
import io.attnlift.common.Variant;
import io.attnlift.common.json.AttributeStats;
import io.attnlift.common.json.BaselinesJson;
import io.attnlift.common.json.GroundTruthCheckJson;
import io.attnlift.common.json.InsightsJson;
import io.attnlift.common.json.RecommendationJson;
import io.attnlift.common.stats.Auc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stage end to end on the planted world: files, JSON, DuckDB write-back, rerun. */
class AttributeIT {
  private static final List<String> TABLES = List.of("event_lift", "event_type_lift",
      "discovery_feature_lift", "tag_lift", "category_lift", "store_attribution", "position",
      "nv_position", "method_agreement");

  private static final int SESSIONS = 800;

  @TempDir Path tmp;
  private Path runs;
  private Path duckdb;

  @BeforeEach
  void plantedRun() throws Exception {
    runs = tmp.resolve("runs");
    duckdb = tmp.resolve("data/attnlift.duckdb");
    for (Variant v : Variant.values()) {
      TrainFixture.write(runs, "r1", "r1", v,
          PlantedWorld.attributions(SESSIONS, 11, v == Variant.WITH_FUNNEL),
          TrainFixture.occlusionBest());
    }
    TrainFixture.groundTruth(runs, "r1", PlantedWorld.groundTruth());
  }

  private Cli attribute(String runId) {
    return Cli.run("attribute", "--runs-root", runs.toString(), "--run-id", runId,
        "--bootstrap", "60", "--duckdb", duckdb.toString(), "--min-store-support", "30");
  }

  @Test
  void writesEveryTableForBothVariantsAndRecoversThePlantedDrivers() throws Exception {
    Cli r = attribute("r1");
    assertEquals(ExitCodes.OK, r.exitCode, r.err);
    for (Variant v : Variant.values()) {
      Path dir = runs.resolve("r1/attribute").resolve(v.id());
      Manifests.require(dir, Stage.ATTRIBUTE);
      for (String t : TABLES) {
        assertTrue(Files.isRegularFile(dir.resolve(t + ".csv")), t);
        assertTrue(ParquetFiles.read(dir.resolve(t), contractOf(t), x -> { }) > 0, t);
      }
      for (String f : List.of("insights.json", "baselines.json", "recommendation.json",
          "ground_truth_check.json")) {
        assertTrue(Files.isRegularFile(dir.resolve(f)), f);
      }
    }
    Path nf = runs.resolve("r1/attribute/no-funnel");
    assertEquals(Method.OCCLUSION,
        RecommendationJson.CONTRACT.read(nf.resolve("recommendation.json")).method());
    GroundTruthCheckJson truth =
        GroundTruthCheckJson.CONTRACT.read(nf.resolve("ground_truth_check.json"));
    assertEquals("occlusion", truth.recommendedMethod());
    Map<String, GroundTruthCheckJson.Check> check = truth.methods();
    assertTrue(check.get("occlusion").spearman() > 0.8, check.toString());
    assertEquals(1.0, check.get("occlusion").heroRecall(), check.toString());
    assertTrue(check.get("logreg").spearman() > 0.5, check.toString());
    String header = Files.readAllLines(nf.resolve("event_lift.csv")).get(0);
    assertTrue(header.startsWith("event,event_type,n_converted,n_not_converted,"), header);
    List<InsightsJson.Insight> insights =
        InsightsJson.CONTRACT.read(nf.resolve("insights.json")).insights();
    assertTrue(insights.size() > 0);
    for (InsightsJson.Insight i : insights) {
      double none = i.metric().contains("ratio") || i.metric().startsWith("data_lift") ? 1 : 0;
      assertTrue(i.ciLow() > none || i.ciHigh() < none, i.toString());
    }
    Auc auc = BaselinesJson.CONTRACT.read(nf.resolve("baselines.json")).logreg().testAuc();
    assertTrue(auc.value() > 0.6 && auc.value() <= 1, "logreg test AUC " + auc);
    assertTrue(auc.ciLow() < auc.value() && auc.value() < auc.ciHigh(), auc.toString());
    assertEquals(auc.value(), Manifests.require(nf, Stage.ATTRIBUTE)
        .stats(AttributeStats.CONTRACT, nf).logregTestAuc());
  }

  @Test
  void rerunReplacesItsOwnRowsAndLeavesOtherRunsAlone() throws Exception {
    assertEquals(ExitCodes.OK, attribute("r1").exitCode);
    Map<String, Long> first = counts("r1");
    List<String> rows = dump("r1");
    copyRun("r1", "r2");
    assertEquals(ExitCodes.OK, attribute("r2").exitCode);
    assertEquals(ExitCodes.OK, attribute("r1").exitCode);
    assertEquals(first, counts("r1"));
    assertEquals(first, counts("r2"));
    assertEquals(rows, dump("r1"), "a rerun with the same seed writes the same rows");
    long csvRows = Files.readAllLines(runs.resolve("r1/attribute/no-funnel/event_lift.csv"))
        .size() - 1L;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + duckdb);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM attnlift.ATTNLIFT.EVENT_LIFT WHERE"
            + " run_id = 'r1' AND variant = 'no-funnel'")) {
      rs.next();
      assertEquals(csvRows, rs.getLong(1));
    }
  }

  private void copyRun(String from, String to) throws Exception {
    for (Variant v : Variant.values()) {
      TrainFixture.write(runs, to, to, v,
          PlantedWorld.attributions(SESSIONS, 11, v == Variant.WITH_FUNNEL),
          TrainFixture.occlusionBest());
    }
    Files.createDirectories(runs.resolve(to).resolve("extract"));
    Files.copy(runs.resolve(from).resolve("extract/ground_truth.json"),
        runs.resolve(to).resolve("extract/ground_truth.json"));
  }

  private Map<String, Long> counts(String runId) throws Exception {
    Map<String, Long> out = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + duckdb);
        Statement st = c.createStatement()) {
      for (String t : TABLES) {
        try (ResultSet rs = st.executeQuery("SELECT variant, count(*) FROM attnlift.ATTNLIFT."
            + t.toUpperCase() + " WHERE run_id = '" + runId + "' GROUP BY variant")) {
          while (rs.next()) {
            out.put(t + "/" + rs.getString(1), rs.getLong(2));
          }
        }
      }
    }
    return out;
  }

  /** Every row of the run in every table, as text, in a fixed order. */
  private List<String> dump(String runId) throws Exception {
    List<String> out = new java.util.ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + duckdb);
        Statement st = c.createStatement()) {
      for (String t : TABLES) {
        try (ResultSet rs = st.executeQuery("SELECT * FROM attnlift.ATTNLIFT." + t.toUpperCase()
            + " WHERE run_id = '" + runId + "' ORDER BY ALL")) {
          int cols = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            StringBuilder b = new StringBuilder(t);
            for (int i = 1; i <= cols; i++) {
              b.append('|').append(rs.getString(i));
            }
            out.add(b.toString());
          }
        }
      }
    }
    return out;
  }

  private static Contract contractOf(String table) {
    return switch (table) {
      case "event_lift" -> Contract.EVENT_LIFT;
      case "event_type_lift" -> Contract.EVENT_TYPE_LIFT;
      case "store_attribution" -> Contract.STORE_ATTRIBUTION;
      case "position" -> Contract.POSITION_ATTENTION;
      case "nv_position" -> Contract.NV_POSITION;
      case "method_agreement" -> Contract.METHOD_AGREEMENT;
      default -> Contract.GROUP_LIFT;
    };
  }
}

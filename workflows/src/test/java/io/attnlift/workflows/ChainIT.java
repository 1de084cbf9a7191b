package io.attnlift.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.Contract;
import io.attnlift.common.Manifest;
import io.attnlift.common.Manifests;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.Variant;
import io.attnlift.common.json.AuditJson;
import io.attnlift.common.json.BaselinesJson;
import io.attnlift.common.json.ExtractStats;
import io.attnlift.common.json.GroundTruthCheckJson;
import io.attnlift.common.json.MetricsJson;
import io.attnlift.common.json.RecommendationJson;
import io.attnlift.common.json.SummaryJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real stages chained: a tiny generated world goes through the built {@code attnlift}
 * command exactly as a user runs it ({@code generate}, then {@code run}: extract, preprocess on
 * the DirectRunner, train on the baby preset, attribute with the DuckDB write-back, report), each
 * stage its own jar in its own process. No fixture stands between two stages: what the report
 * says is checked against what the stages wrote, read through the same contracts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChainIT {
  private static final Path ROOT = ArgoManifests.root();

  private Path tmp;
  private Path db;
  private Path preset;
  private RunLayout layout;
  private SummaryJson summary;
  private String html;

  private int attnlift(String... args) throws Exception {
    return AttnliftProcess.run(ROOT, tmp.resolve("chain.log"), args);
  }

  @BeforeAll
  void runTheChain(@TempDir Path dir) throws Exception {
    tmp = dir;
    db = tmp.resolve("data/chain.duckdb");
    preset = Files.writeString(tmp.resolve("chain.yaml"), String.join("\n",
        "preprocess:", "  runner: DirectRunner", "  min-count: 2",
        "train:", "  preset: baby", "  max-epochs: 2", "  max-occlusion-sessions: 60",
        "  faithfulness-sessions: 60", "  refits: 2",
        "attribute:", "  bootstrap: 30", "  min-store-support: 5", ""));
    assertEquals(0, attnlift("generate", "--duckdb", db.toString(), "--users", "160",
        "--seed", "7", "--end-date", "2026-11-29"), log());
    assertEquals(0, run("--sample-users", "160"), log());
    layout = new RunLayout(tmp.resolve("runs"), "chain");
    summary = SummaryJson.CONTRACT.read(layout.stageDir(Stage.REPORT).resolve("summary.json"));
    html = Files.readString(layout.stageDir(Stage.REPORT).resolve("report.html"),
        StandardCharsets.UTF_8);
  }

  /** {@code attnlift run} of the chain's run with its parameters and {@code more}. */
  private int run(String... more) throws Exception {
    List<String> args = new ArrayList<>(List.of("run", "--runs-root",
        tmp.resolve("runs").toString(), "--run-id", "chain", "--config", preset.toString(),
        "--source", "duckdb", "--duckdb", db.toString(), "--seed", "7", "--since", "2026-11-01",
        "--until", "2026-11-29", "--preset", "baby", "--write-back", "duckdb"));
    args.addAll(List.of(more));
    return attnlift(args.toArray(String[]::new));
  }

  private String log() throws Exception {
    Path f = tmp.resolve("chain.log");
    return Files.exists(f) ? Files.readString(f) : "";
  }

  @Test
  void everyStageFinishedWithItsManifest() {
    Manifests.require(layout.stageDir(Stage.EXTRACT), Stage.EXTRACT);
    for (Variant v : Variant.values()) {
      Manifests.require(layout.stageDir(Stage.PREPROCESS, v), Stage.PREPROCESS);
      Manifests.require(layout.stageDir(Stage.TRAIN, v), Stage.TRAIN);
      Manifests.require(layout.stageDir(Stage.ATTRIBUTE, v), Stage.ATTRIBUTE);
    }
    Manifests.require(layout.stageDir(Stage.REPORT), Stage.REPORT);
  }

  @Test
  void theReportsCountsAreExtractsCounts() {
    Path dir = layout.stageDir(Stage.EXTRACT);
    ExtractStats e = Manifest.CONTRACT.read(dir.resolve(Manifest.FILE_NAME))
        .stats(ExtractStats.CONTRACT, dir);

    assertEquals(e.usersSampled(), summary.users());
    assertEquals(e.sessions(), summary.sessions());
    assertEquals(e.rows(), summary.events());
    assertEquals(e.window(), summary.dataWindow());
    assertTrue(html.contains(String.format(Locale.ROOT, ">%,d<", e.rows())), "events card");
  }

  @Test
  void theReportsAucsAreTrainsAndAttributesAucs() throws Exception {
    for (Variant v : Variant.values()) {
      MetricsJson m = MetricsJson.CONTRACT.read(
          layout.stageDir(Stage.TRAIN, v).resolve("metrics.json"));
      SummaryJson.VariantSummary s = summary.variants().get(v.id());
      assertEquals(m.test().auc(), s.testAuc(), v.id());
      assertEquals(m.val().auc().value(), s.valAuc(), v.id());
      assertTrue(m.test().auc().sessions() > 0 && m.test().auc().users() > 0, v.id());
      BaselinesJson b = BaselinesJson.CONTRACT.read(
          layout.stageDir(Stage.ATTRIBUTE, v).resolve("baselines.json"));
      assertEquals(b.logreg().testAuc(), s.baselineAuc(), v.id());
      AuditJson audit = AuditJson.CONTRACT.read(
          layout.stageDir(Stage.ATTRIBUTE, v).resolve("audit.json"));
      assertEquals(m.test().auc(), audit.model(), v.id());
      assertEquals(m.audit().statistics(), s.statistics(), v.id());
      assertEquals(audit.limits(), s.limits(), v.id());
      assertEquals(2, audit.limits().size(), "a generated world has its limits: " + v.id());
      assertTrue(html.contains(s.verdict().substring(0, 40).replace("'", "&#39;")),
          v.id() + " verdict in the report");
      assertEquals(m.test().auc().value(), b.logreg().transformerTestAuc(), 0.0, v.id());
      assertTrue(html.contains(String.format(Locale.ROOT, "%.3f", m.test().auc().value())),
          v.id() + " test AUC in the report");
    }
    assertEquals(summary.variants().get("with-funnel").testAuc().value()
        - summary.variants().get("no-funnel").testAuc().value(), summary.leakageGap(), 1e-12);
  }

  @Test
  void theConversionRateIsThePredictionsRate() throws Exception {
    long[] counts = new long[2];
    ParquetFiles.read(layout.stageDir(Stage.TRAIN, Variant.NO_FUNNEL).resolve("predictions"),
        Contract.PREDICTIONS, r -> {
          counts[0]++;
          counts[1] += (Integer) r.get("label");
        });

    assertEquals((double) counts[1] / counts[0], summary.conversionRate(), 1e-12);
  }

  @Test
  void theRecommendationAndTheTablesAreAttributes() throws Exception {
    Path attr = layout.stageDir(Stage.ATTRIBUTE, Variant.NO_FUNNEL);
    RecommendationJson rec = RecommendationJson.CONTRACT.read(attr.resolve("recommendation.json"));
    assertEquals(rec.method(), summary.recommendedMethod());
    assertTrue(html.contains(rec.method().id()), "recommended method in the report");
    GroundTruthCheckJson truth =
        GroundTruthCheckJson.CONTRACT.read(attr.resolve("ground_truth_check.json"));
    assertEquals(rec.method().tableName(), truth.recommendedMethod());
    long rows = ParquetFiles.read(attr.resolve("event_lift"), Contract.EVENT_LIFT, r -> { });
    Path csv = layout.stageDir(Stage.REPORT).resolve("tables/no-funnel/event_lift.csv");
    assertEquals(rows + 1, Files.readAllLines(csv).size(), "the CSV download holds every row");
    assertEquals(-1, Files.mismatch(attr.resolve("event_lift.csv"), csv));
  }

  @Test
  void theRemovalEffectsAreTrainsRemovalsAggregatedAndTheReportRanksByThem() throws Exception {
    Path train = layout.stageDir(Stage.TRAIN, Variant.NO_FUNNEL);
    java.util.Set<String> removed = new java.util.HashSet<>();
    ParquetFiles.read(train.resolve("removals"), Contract.SESSION_REMOVALS,
        r -> removed.add(r.get("level") + "/" + r.get("group") + "/" + r.get("window")));
    assertTrue(removed.size() > 0, "train removed groups from the honest variant's sessions");
    Path attr = layout.stageDir(Stage.ATTRIBUTE, Variant.NO_FUNNEL);
    java.util.Set<String> effects = new java.util.HashSet<>();
    long[] findings = {0};
    ParquetFiles.read(attr.resolve("removal_effects"), Contract.REMOVAL_EFFECTS, r -> {
      effects.add(r.get("level") + "/" + r.get("group") + "/" + r.get("window"));
      findings[0] += (Boolean) r.get("finding") ? 1 : 0;
      assertEquals(2, r.get("fits"), "the kept model and one refit (refits: 2)");
      if ((Boolean) r.get("finding")) {
        assertEquals(2, r.get("fits_same_sign"), "a finding keeps its sign in every fit");
      }
    });
    assertEquals(removed, effects, "one removal effect per group train removed");
    assertEquals(0, ParquetFiles.read(layout.stageDir(Stage.TRAIN, Variant.WITH_FUNNEL)
        .resolve("removals"), Contract.SESSION_REMOVALS, r -> { }), "none for with-funnel");
    AuditJson audit = AuditJson.CONTRACT.read(attr.resolve("audit.json"));
    if (!audit.verdict().established()) {
      assertEquals(0, findings[0], "no finding from a model whose power is not established");
      assertTrue(html.contains("The data cannot support driver claims"), "said plainly");
    }
    assertTrue(html.contains("ranked by the model&#39;s removal effect"), "the report ranks by it");
    GroundTruthCheckJson truth =
        GroundTruthCheckJson.CONTRACT.read(attr.resolve("ground_truth_check.json"));
    assertEquals(truth.heroStores().size(), truth.removal().heroK());
    RecommendationJson rec = RecommendationJson.CONTRACT.read(attr.resolve("recommendation.json"));
    assertEquals(java.util.Set.of("attention", "rollout", "gradient_x_input", "occlusion"),
        rec.claimSpearman().keySet());
  }

  /**
   * The first reproduction of issue 16, last because it rewrites extract: rerunning extract alone
   * on a smaller sample, then the report alone, must not give a report mixing two datasets.
   */
  @Test
  @Order(Integer.MAX_VALUE)
  void rerunningExtractAloneMakesTheReportRefuseToMixTwoDatasets() throws Exception {
    Path reportManifest = layout.stageDir(Stage.REPORT).resolve(Manifest.FILE_NAME);
    String before = Manifest.CONTRACT.read(reportManifest).id();
    assertEquals(0, run("--only", "extract", "--sample-users", "50"), log());
    Files.delete(tmp.resolve("chain.log"));

    assertEquals(2, run("--only", "report"), log());

    String out = log();
    assertTrue(out.contains("stale input: preprocess/no-funnel of run 'chain'"), out);
    assertTrue(out.contains("extract was rerun since, so what was built from it mixes two"
        + " datasets; rerun what follows it (attnlift run --run-id chain --from preprocess)"),
        out);
    assertEquals(before, Manifest.CONTRACT.read(reportManifest).id(), "the report is kept");
  }
}

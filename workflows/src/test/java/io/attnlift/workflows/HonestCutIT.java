package io.attnlift.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.Variant;
import io.attnlift.common.json.AuditJson;
import io.attnlift.common.json.MetricsJson;
import io.attnlift.common.json.SummaryJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The honest cut on a world that is not the default one: the {@code midcart} world puts the
 * add-to-cart mid-session with long think times, browsing after it and sign-in pages before
 * checkout. The seed's filter (funnel-removed) keeps what follows the add-to-cart and so ranks
 * conversion far beyond the events-only limit of the same sessions (the best any model of the
 * session's own browsing can do): it leaks, and the audit says so and through what. The honest
 * variant stays at or below that limit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HonestCutIT {
  private static final Path ROOT = ArgoManifests.root();

  private Path tmp;
  private RunLayout layout;

  @BeforeAll
  void runTheMidcartWorld(@TempDir Path dir) throws Exception {
    tmp = dir;
    Path db = tmp.resolve("data/midcart.duckdb");
    Path preset = Files.writeString(tmp.resolve("midcart.yaml"), String.join("\n",
        "train:", "  preset: baby", "  max-epochs: 3", "  max-occlusion-sessions: 40",
        "  faithfulness-sessions: 40", "  refits: 1", "attribute:", "  bootstrap: 30", ""));
    assertEquals(0, AttnliftProcess.run(ROOT, tmp.resolve("gen.log"), "generate", "--world",
        "midcart", "--duckdb", db.toString(), "--users", "1500", "--seed", "11", "--end-date",
        "2026-11-29"), log("gen.log"));
    assertEquals(0, AttnliftProcess.run(ROOT, tmp.resolve("run.log"), "run", "--runs-root",
        tmp.resolve("runs").toString(), "--run-id", "mid", "--config", preset.toString(),
        "--source", "duckdb", "--duckdb", db.toString(), "--sample-users", "1500", "--since",
        "2026-11-01", "--until", "2026-11-29", "--preset", "baby", "--write-back", "none",
        "--variants", "[\"no-funnel\",\"funnel-removed\"]"), log("run.log"));
    layout = new RunLayout(tmp.resolve("runs"), "mid");
  }

  private String log(String name) throws Exception {
    Path f = tmp.resolve(name);
    return Files.exists(f) ? Files.readString(f) : "";
  }

  private AuditJson audit(Variant v) {
    return AuditJson.CONTRACT.read(layout.stageDir(Stage.ATTRIBUTE, v).resolve("audit.json"));
  }

  private static AuditJson.Limit eventsOnly(AuditJson a) {
    return a.limits().stream().filter(l -> l.name().equals("events_only")).findFirst()
        .orElseThrow();
  }

  @Test
  void theHonestVariantStaysAtOrBelowTheEventsOnlyLimit() {
    AuditJson a = audit(Variant.NO_FUNNEL);

    assertFalse(a.verdict().exceedsEventsOnlyLimit(), a.verdict().summary());
    assertTrue(eventsOnly(a).modelMinusLimit().ciLow() <= 0, "" + eventsOnly(a));
    assertFalse(AuditJson.Verdict.LEAKS.equals(a.verdict().leak()), a.verdict().summary());
    MetricsJson.Statistic gap = a.statistics().stream()
        .filter(s -> s.name().equals("largest_gap")).findFirst().orElseThrow();
    assertTrue(gap.auc().value() < 0.6, "the honest cut leaves no gap to read: " + gap);
  }

  @Test
  void theSeedsFilterExceedsTheLimitAndTheReportNamesTheLeak() {
    AuditJson a = audit(Variant.FUNNEL_REMOVED);
    SummaryJson s = SummaryJson.CONTRACT.read(
        layout.stageDir(Stage.REPORT).resolve("summary.json"));
    SummaryJson.VariantSummary seed = s.variants().get("funnel-removed");

    assertTrue(a.verdict().exceedsEventsOnlyLimit(), "" + eventsOnly(a));
    assertEquals(AuditJson.Verdict.LEAKS, seed.leak());
    assertTrue(seed.leakSignals().contains("largest_gap"), "" + seed.leakSignals());
    assertTrue(seed.aucOverHonest() > 0.1, "" + seed.aucOverHonest());
    assertTrue(seed.verdict().contains("leaks: test AUC") && seed.verdict().contains(
        "largest_gap"), seed.verdict());
  }
}

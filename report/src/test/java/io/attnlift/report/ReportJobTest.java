package io.attnlift.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.Contract;
import io.attnlift.common.Manifest;
import io.attnlift.common.Method;
import io.attnlift.common.json.AuditJson;
import io.attnlift.common.json.MetricsJson;
import io.attnlift.common.json.SummaryJson;
import io.attnlift.common.stats.Auc;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.io.LocalOutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportJobTest {
  @TempDir Path root;

  private String html() throws Exception {
    return Files.readString(root.resolve("r1/report/report.html"), StandardCharsets.UTF_8);
  }

  @Test
  void writesReportSummaryTablesAndManifestAndPrintsThePath() throws Exception {
    new FixtureRun(root, "r1").build();
    ReportRunner r = new ReportRunner();

    assertEquals(0, r.run(root, "r1"), r.err.toString());

    Path report = root.resolve("r1/report/report.html").toAbsolutePath();
    assertEquals(report + System.lineSeparator(), r.out.toString());
    SummaryJson s = SummaryJson.CONTRACT.read(root.resolve("r1/report/summary.json"));
    assertEquals("r1", s.runId());
    assertEquals(12, s.users());
    assertEquals(20, s.sessions());
    assertEquals(345, s.events());
    assertEquals(0.3, s.conversionRate(), 1e-12);
    Auc auc = s.variants().get("no-funnel").testAuc();
    assertEquals(0.905, auc.value(), 1e-12);
    assertEquals(0.855, auc.ciLow(), 1e-12);
    assertEquals(0.945, auc.ciHigh(), 1e-12);
    assertEquals(List.of(10, 3, 8), List.of(auc.sessions(), auc.converted(), auc.users()));
    assertEquals(0.894, s.variants().get("no-funnel").valAuc(), 1e-12);
    assertEquals(0.952, s.variants().get("with-funnel").testAuc().value(), 1e-12);
    assertEquals(0.81, s.baselineAuc().value(), 1e-12);
    assertEquals(0.74, s.baselineAuc().ciLow(), 1e-12);
    SummaryJson.VariantSummary seed = s.variants().get("funnel-removed");
    assertEquals("leaks", seed.leak());
    assertEquals(List.of("largest_gap"), seed.leakSignals());
    assertEquals(0.026, seed.aucOverHonest(), 1e-9);
    assertEquals("none", s.variants().get("no-funnel").leak());
    assertEquals("leaks", s.variants().get("with-funnel").leak());
    assertTrue(s.verdict().startsWith("Honest model (no-funnel): Test AUC 0.905"), s.verdict());
    assertEquals(0.047, s.leakageGap(), 1e-9);
    assertEquals(Method.OCCLUSION, s.recommendedMethod());
    assertEquals("", s.comparedTo());
    for (String v : new String[] {"no-funnel", "with-funnel"}) {
      for (String f : AttributeInput.TABLE_FILES) {
        assertEquals(-1, Files.mismatch(root.resolve("r1/attribute/" + v + "/" + f),
            root.resolve("r1/report/tables/" + v + "/" + f)), f);
      }
    }
    Manifest m = Manifest.CONTRACT.read(root.resolve("r1/report/manifest.json"));
    assertEquals("report", m.stage());
    assertTrue(m.outputs().stream().anyMatch(o -> o.path().equals("report.html")));
  }

  @Test
  void headlineShowsTheRunNumbersAndTheVerdictOfEachVariant() throws Exception {
    new FixtureRun(root, "r1").build();
    assertEquals(0, new ReportRunner().run(root, "r1"));
    String html = html();

    assertTrue(html.contains("2026-11-01"), "window start");
    assertTrue(html.contains(">345<"), "events");
    assertTrue(html.contains(">30.0%<"), "conversion rate");
    assertTrue(html.contains(">0.905 [0.855,\u00a00.945]<"), "honest AUC with its interval");
    assertTrue(html.contains(">0.952 [0.902,\u00a00.992]<"), "leakage AUC with its interval");
    assertTrue(html.contains(">0.810 [0.740,\u00a00.880]<"), "baseline AUC with its interval");
    assertTrue(html.contains("Seed&#39;s filter (funnel-removed) leaks: test AUC 0.931"
        + " [0.881,\u00a00.971] on 10 sessions (3 converted, 8 users) against 0.905 [0.855,\u00a00.945] for"
        + " the honest model (+0.026); through largest_gap (AUC 0.850 [0.800,\u00a00.890] against 0.520"
        + " [0.470,\u00a00.560] with the honest cut)"), "the seed's filter's leak, named with its size");
    assertTrue(html.contains("Leakage baseline (with-funnel) leaks"), "with-funnel");
  }

  @Test
  void aVariantTheTrainStageCopiedSaysWhoseModelItIs() throws Exception {
    new FixtureRun(root, "r1").build();
    assertEquals(0, new ReportRunner().run(root, "r1"));
    assertFalse(html().contains("so the same model"), "no copy, no note");

    new FixtureRun(root, "r2").funnelRemovedCopied().build();
    assertEquals(0, new ReportRunner().run(root, "r2"));
    String copied = Files.readString(root.resolve("r2/report/report.html"), StandardCharsets.UTF_8);
    // the long cell is cut on screen and whole in its title
    assertTrue(copied.contains("\"funnel-removed (seed&#39;s filter; the same sessions as"
        + " no-funnel, so the same model)\""), "the copy named in the model table");
  }

  @Test
  void storeNamesFromTheDataAreEscapedNeverMarkup() throws Exception {
    new FixtureRun(root, "r1").build();
    assertEquals(0, new ReportRunner().run(root, "r1"));
    String html = html();

    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertFalse(html.toLowerCase().contains("<script"), "no script element at all");
    assertTrue(html.contains("Burger &quot;Barn&quot; &amp; Co, Ltd."), "quoted name");
    assertTrue(html.contains("Café Ünïcode"), "unicode kept as is");
  }

  @Test
  void driversRankByTheRemovalEffectWithTheSeedsStatisticBesideIt() throws Exception {
    new FixtureRun(root, "r1").build();
    assertEquals(0, new ReportRunner().run(root, "r1"));
    String html = html();

    assertTrue(html.contains("Events, ranked by the model&#39;s removal effect (1 findings"
        + " among 1 supported of 2; each finding keeps its sign in all 3 fits)"),
        "the event claims with their count and the stability check");
    assertTrue(html.contains("<td>3 of 3</td>") || html.contains(">3 of 3<"),
        "a finding's fits with its sign");
    assertTrue(html.contains("+0.0305 [0.0205,\u00a00.0405]"), "the removal effect's interval");
    assertTrue(html.contains("Attention lift (the seed&#39;s statistic, not the ranking)"));
    assertFalse(html.contains("id=\"no-claims\""), "an established model may make claims");
  }

  @Test
  void whenTheHonestModelIsNotEstablishedThePageSaysTheDataCannotSupportDriverClaims()
      throws Exception {
    new FixtureRun(root, "r1").build();
    Path audit = root.resolve("r1/attribute/no-funnel/audit.json");
    AuditJson a = AuditJson.CONTRACT.read(audit);
    AuditJson.Verdict v = a.verdict();
    AuditJson.CONTRACT.write(audit, new AuditJson(a.variant(), a.model(), a.countsBaseline(),
        a.modelMinusBaseline(), a.timeNeutralised(), a.statistics(), a.limits(),
        new AuditJson.Verdict(false, v.beatsCountsBaseline(), v.seesFunnelEvents(),
            v.exceedsEventsOnlyLimit(), v.explainedBy(), v.leak(), v.summary())));
    assertEquals(0, new ReportRunner().run(root, "r1"));

    String html = html();
    assertTrue(html.contains("<p class=\"caveat\" id=\"no-claims\"><strong>The data cannot"
        + " support driver claims: the honest model&#39;s predictive power is not established"
        + " (it does not beat the counts baseline beyond the paired interval)"),
        "said plainly, at the top of the drivers, with the reason of this fixture's audit");
    assertTrue(html.contains("<li class=\"empty\">1 insight from the lift tables withheld: the"
        + " data cannot support driver claims on this run (see Drivers).</li>"), html);
    assertFalse(html.contains("Store page loads get more attention"), "no lift insight shown");
  }

  @Test
  void reportRequestsNothingFromTheNetwork() throws Exception {
    new FixtureRun(root, "r1").build();
    assertEquals(0, new ReportRunner().run(root, "r1"));
    String html = html();

    Pattern remote = Pattern.compile("(?i)(src|href|action)\\s*=\\s*[\"']?\\s*(https?:)?//");
    assertFalse(remote.matcher(html).find(), "no remote src/href");
    assertFalse(Pattern.compile("(?i)url\\(|@import|<link|<img|<iframe").matcher(html).find());
    assertTrue(html.contains("href=\"tables/no-funnel/event_lift.csv\""), "relative CSV link");
  }

  @Test
  void missingVariantOutputExitsTwoNamingItAndWritesNoReport() throws Exception {
    new FixtureRun(root, "r1").build();
    io.attnlift.common.AtomicOutput.deleteRecursively(root.resolve("r1/attribute/with-funnel"));
    ReportRunner r = new ReportRunner();

    assertEquals(2, r.run(root, "r1"));

    assertTrue(r.err.toString().contains("variant 'with-funnel'"), r.err.toString());
    assertTrue(r.err.toString().contains("attribute"), r.err.toString());
    assertFalse(Files.exists(root.resolve("r1/report")));
    assertEquals("", r.out.toString());
  }

  @Test
  void partialAttributeOutputExitsTwoAndWritesNoReport() throws Exception {
    new FixtureRun(root, "r1").build();
    Files.delete(root.resolve("r1/attribute/no-funnel/manifest.json"));
    ReportRunner r = new ReportRunner();

    assertEquals(2, r.run(root, "r1"));

    assertTrue(r.err.toString().contains("partial input"), r.err.toString());
    assertFalse(Files.exists(root.resolve("r1/report")));
  }

  @Test
  void attributeFileListedButMissingExitsTwo() throws Exception {
    new FixtureRun(root, "r1").build();
    Files.delete(root.resolve("r1/attribute/no-funnel/store_attribution.csv"));
    ReportRunner r = new ReportRunner();

    assertEquals(2, r.run(root, "r1"));

    assertTrue(r.err.toString().contains("store_attribution.csv"), r.err.toString());
    assertFalse(Files.exists(root.resolve("r1/report")));
  }

  @Test
  void aTableOfAnotherContractVersionExitsTwoNamingFileAndBothVersions() throws Exception {
    new FixtureRun(root, "r1").build();
    Path dir = root.resolve("r1/attribute/no-funnel/event_lift");
    Schema v2 = new Schema.Parser().parse(Contract.EVENT_LIFT.schema().toString()
        .replace("\"attnlift.version\":1", "\"attnlift.version\":2"));
    try (ParquetWriter<GenericRecord> w = AvroParquetWriter.<GenericRecord>builder(
        new LocalOutputFile(dir.resolve("part-00001.parquet"))).withSchema(v2)
        .withDataModel(GenericData.get()).build()) {
      w.write(FixtureAttribute.lift(Contract.EVENT_LIFT, "x", "click", 0.1));
    }
    ReportRunner r = new ReportRunner();

    assertEquals(2, r.run(root, "r1"));

    String err = r.err.toString();
    assertTrue(err.contains("part-00001.parquet was written with event_lift schema version 2,"
        + " this build reads version 1"), err);
    assertFalse(Files.exists(root.resolve("r1/report")));
  }

  @Test
  void aRenamedKeyInAStagesStatsExitsTwoNamingTheFileAndTheKey() throws Exception {
    new FixtureRun(root, "r1").build();
    Path f = root.resolve("r1/extract/manifest.json");
    Files.writeString(f, Files.readString(f).replace("\"users_sampled\"", "\"users\""));
    ReportRunner r = new ReportRunner();

    assertEquals(2, r.run(root, "r1"));

    String err = r.err.toString();
    assertTrue(err.contains(f.toString()) && err.contains("users_sampled"), err);
    assertFalse(Files.exists(root.resolve("r1/report")));
  }

  @Test
  void metricsInALayoutNoStageWritesExitTwoNamingTheFileAndTheKey() throws Exception {
    new FixtureRun(root, "r1").build();
    Path f = root.resolve("r1/train/no-funnel/metrics.json");
    Files.writeString(f, "{\"contract\": \"metrics\", \"contract_version\": "
        + MetricsJson.CONTRACT.version() + ","
        + " \"val_auc\": 0.9, \"test_auc\": 0.905}");
    ReportRunner r = new ReportRunner();

    assertEquals(2, r.run(root, "r1"));

    String err = r.err.toString();
    assertTrue(err.contains(f + ": missing key 'val'"), err);
  }

  @Test
  void oneVariantReportsNoLeakageGapAndOnlyItsOwnVerdict() throws Exception {
    new FixtureRun(root, "r1").build();
    assertEquals(0, new ReportRunner().run(root, "r1", "--variants", "no-funnel"));

    SummaryJson s = SummaryJson.CONTRACT.read(root.resolve("r1/report/summary.json"));
    assertTrue(Double.isNaN(s.leakageGap()));
    assertNull(s.variants().get("with-funnel"));
    assertEquals(List.of("no-funnel"), List.copyOf(s.variants().keySet()));
    assertFalse(html().contains("id=\"verdict-with-funnel\""));
    assertFalse(Files.exists(root.resolve("r1/report/tables/with-funnel")));
  }

  @Test
  void presetSectionSetsOptionsAndFlagsOverrideIt() throws Exception {
    new FixtureRun(root, "r1").build();
    Path preset = root.resolve("preset.yaml");
    Files.writeString(preset, "report:\n  variants: with-funnel\n");

    assertEquals(0, new ReportRunner().run(root, "r1", "--config", preset.toString()));
    assertFalse(Files.exists(root.resolve("r1/report/tables/no-funnel")));

    assertEquals(0, new ReportRunner().run(root, "r1", "--config", preset.toString(),
        "--variants", "no-funnel"));
    assertFalse(Files.exists(root.resolve("r1/report/tables/with-funnel")));
  }

  @Test
  void unknownVariantIsBadInput() throws Exception {
    new FixtureRun(root, "r1").build();
    ReportRunner r = new ReportRunner();

    assertEquals(2, r.run(root, "r1", "--variants", "no-funnel,sideways"));

    assertTrue(r.err.toString().contains("unknown variant 'sideways'"), r.err.toString());
  }

  @Test
  void emptyFlagValuesMeanDefaults() throws Exception {
    new FixtureRun(root, "r1").build();
    ReportRunner r = new ReportRunner();

    assertEquals(0, r.run(root, "r1", "--variants", "", "--compare-to", ""), r.err.toString());

    assertTrue(Files.isDirectory(root.resolve("r1/report/tables/with-funnel")));
  }
}

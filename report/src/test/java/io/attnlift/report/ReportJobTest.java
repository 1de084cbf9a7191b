package io.attnlift.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.attnlift.common.Json;
import io.attnlift.common.Manifest;
import io.attnlift.common.Manifests;
import io.attnlift.common.Stage;
import io.attnlift.common.Variant;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
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
    JsonNode s = Json.MAPPER.readTree(root.resolve("r1/report/summary.json").toFile());
    assertEquals("r1", s.get("run_id").asText());
    assertEquals(12, s.get("users").asLong());
    assertEquals(20, s.get("sessions").asLong());
    assertEquals(345, s.get("events").asLong());
    assertEquals(0.3, s.get("conversion_rate").asDouble(), 1e-12);
    assertEquals(0.905, s.at("/variants/no-funnel/test_auc").asDouble(), 1e-12);
    assertEquals(0.894, s.at("/variants/no-funnel/val_auc").asDouble(), 1e-12);
    assertEquals(0.952, s.at("/variants/with-funnel/test_auc").asDouble(), 1e-12);
    assertEquals(0.81, s.get("baseline_auc").asDouble(), 1e-12);
    assertEquals(0.047, s.get("leakage_gap").asDouble(), 1e-9);
    assertEquals("occlusion", s.get("recommended_method").asText());
    assertTrue(s.get("compared_to").isNull());
    for (String v : new String[] {"no-funnel", "with-funnel"}) {
      for (String f : AttributeInput.TABLE_FILES) {
        assertEquals(-1, Files.mismatch(root.resolve("r1/attribute/" + v + "/" + f),
            root.resolve("r1/report/tables/" + v + "/" + f)), f);
      }
    }
    Manifest m = Json.read(root.resolve("r1/report/manifest.json"), Manifest.class);
    assertEquals("report", m.stage());
    assertTrue(m.outputs().stream().anyMatch(o -> o.path().equals("report.html")));
  }

  @Test
  void headlineShowsTheRunNumbersAndTheLeakageGapSentence() throws Exception {
    new FixtureRun(root, "r1").build();
    assertEquals(0, new ReportRunner().run(root, "r1"));
    String html = html();

    assertTrue(html.contains("2026-11-01"), "window start");
    assertTrue(html.contains(">345<"), "events");
    assertTrue(html.contains(">30.0%<"), "conversion rate");
    assertTrue(html.contains(">0.905<") && html.contains(">0.952<") && html.contains(">0.810<"));
    assertTrue(html.contains("that gap of 0.047"), "leakage sentence");
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
  void tableWithoutARequiredColumnExitsTwoNamingFileAndColumn() throws Exception {
    new FixtureRun(root, "r1").build();
    Path f = root.resolve("r1/attribute/no-funnel/event_lift.csv");
    Files.writeString(f, Files.readString(f).replaceFirst(",attention_lift,", ",attn,"));
    ReportRunner r = new ReportRunner();

    assertEquals(2, r.run(root, "r1"));

    String err = r.err.toString();
    assertTrue(err.contains("event_lift.csv") && err.contains("'attention_lift'"), err);
    assertFalse(Files.exists(root.resolve("r1/report")));
  }

  @Test
  void statsAStageDidNotRecordShowAsNotAvailable() throws Exception {
    new FixtureRun(root, "r1").build();
    for (String v : new String[] {"no-funnel", "with-funnel"}) {
      new Manifests.Builder(Stage.PREPROCESS, Variant.parse(v), "r1")
          .writeTo(root.resolve("r1/preprocess/" + v));
    }
    new Manifests.Builder(Stage.EXTRACT, null, "r1").writeTo(root.resolve("r1/extract"));
    ReportRunner r = new ReportRunner();

    assertEquals(0, r.run(root, "r1"), r.err.toString());

    String html = html();
    assertTrue(html.contains("Data window <strong>n/a</strong> to <strong>n/a</strong>"));
    assertTrue(html.contains("<td>none recorded</td>"));
    JsonNode s = Json.MAPPER.readTree(root.resolve("r1/report/summary.json").toFile());
    assertTrue(s.get("users").isNull());
    assertEquals(20, s.get("sessions").asLong(), "falls back to sessions with a prediction");
  }

  @Test
  void readsTrainMetricsInTheCurveAndResultsLayout() throws Exception {
    new FixtureRun(root, "r1").build();
    Path train = root.resolve("r1/train/no-funnel");
    Files.writeString(train.resolve("metrics.json"), "{\"val_auc\": 0.9, \"test_auc\": 0.905,"
        + " \"epoch_kept\": 7, \"test_calibration\": [{\"lower\": 0, \"upper\": 0.1,"
        + " \"count\": 0, \"mean_predicted\": null, \"observed_rate\": null}],"
        + " \"curve\": [{\"epoch\": 1, \"trainLoss\": 0.61, \"valAuc\": 0.8}]}");
    Files.writeString(train.resolve("faithfulness.json"), "{\"k\": [2], \"sessions\": 3,"
        + " \"results\": [{\"k\": 2, \"method\": \"occlusion\", \"mean_drop\": 0.0425},"
        + " {\"k\": 2, \"method\": \"random\", \"mean_drop\": 0.0011}]}");
    ReportRunner r = new ReportRunner();

    assertEquals(0, r.run(root, "r1"), r.err.toString());

    String html = html();
    assertTrue(html.contains(">0.0425<") && html.contains(">0.0011<"), "deletion table");
    assertTrue(html.contains("<td class=\"num\">7</td>"), "best epoch from epoch_kept");
    assertTrue(html.contains(", 0.6100</title>"), "curve point from trainLoss");
  }

  @Test
  void oneVariantReportsNoLeakageGap() throws Exception {
    new FixtureRun(root, "r1").build();
    assertEquals(0, new ReportRunner().run(root, "r1", "--variants", "no-funnel"));

    JsonNode s = Json.MAPPER.readTree(root.resolve("r1/report/summary.json").toFile());
    assertTrue(s.get("leakage_gap").isNull());
    assertNull(s.get("variants").get("with-funnel"));
    assertTrue(html().contains("the leakage gap was not measured"));
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

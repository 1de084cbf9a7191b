package io.attnlift.preprocess;

import static io.attnlift.preprocess.Fixtures.click;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.Contract;
import io.attnlift.common.ExitCodes;
import io.attnlift.common.Manifest;
import io.attnlift.common.Manifests;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.Records;
import io.attnlift.common.Stage;
import io.attnlift.common.StageCli;
import io.attnlift.common.Vocabulary;
import io.attnlift.common.json.PreprocessStats;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.io.LocalOutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PreprocessCommandTest {
  @TempDir Path tmp;
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = StageCli.commandLine(new PreprocessMain());
    cl.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 5];
    all[0] = "preprocess";
    all[1] = "--runs-root";
    all[2] = tmp.toString();
    all[3] = "--runner";
    all[4] = "DirectRunner";
    System.arraycopy(args, 0, all, 5, args.length);
    return StageCli.execute(cl, all);
  }

  private static GenericRecord ev(String u, String s, long t, String type, String e, String st) {
    return Records.event(u, s, t, type, e, st);
  }

  @Test
  void writesBothVariantsWithVocabulariesAndManifests() throws Exception {
    ExtractFixture.write(tmp, "r1", List.of(
        ev("u1", "a", 1, "click", "m_card_click", "7"), ev("u1", "a", 1, "click", "m_card_click",
            "7"), ev("u1", "a", 2, "funnel", "action_place_order", null),
        ev("u1", "b", 5, "click", "m_card_click", null)));

    assertEquals(ExitCodes.OK, run("--run-id", "r1", "--min-count", "1", "--max-length", ""),
        err.toString());

    for (String v : List.of("no-funnel", "with-funnel")) {
      Path dir = tmp.resolve("r1/preprocess/" + v);
      Manifest m = Manifests.require(dir, Stage.PREPROCESS);
      assertEquals(v, m.variant());
      PreprocessStats stats = m.stats(PreprocessStats.CONTRACT, dir);
      assertEquals(1, stats.duplicatesRemoved());
      assertEquals(2, stats.sessions());
      assertEquals(128, stats.maxLength());
      assertEquals(2, m.output("sequences/train").rows());
      assertTrue(Vocabulary.read(dir.resolve("vocab.json")).tokens("store").contains("7"));
      assertEquals(0.5, stats.splits().train().conversionRate());
      assertTrue(stats.variantFilter().contains("funnel"), stats.variantFilter());
    }
  }

  @Test
  void aMissingExtractOutputIsBadInput() {
    assertEquals(ExitCodes.BAD_INPUT, run("--run-id", "nothing"));
    assertTrue(err.toString().contains("missing input"), err.toString());
  }

  @Test
  void eventsOfAnotherSchemaVersionAreBadInput() throws Exception {
    ExtractFixture.write(tmp, "old", List.of(Records.event("u", "s", 1, "click", "x", null)));
    Schema v2 = new Schema.Parser().parse(
        Contract.EVENTS.schema().toString().replace("\"attnlift.version\":1",
            "\"attnlift.version\":2"));
    Path file = tmp.resolve("old/extract/events/part-00001.parquet");
    try (ParquetWriter<GenericRecord> w = AvroParquetWriter.<GenericRecord>builder(
        new LocalOutputFile(file)).withSchema(v2).withDataModel(GenericData.get()).build()) {
      w.write(Records.event("u", "s", 1, "click", "x", null));
    }

    assertEquals(ExitCodes.BAD_INPUT, run("--run-id", "old"));
    assertTrue(err.toString().contains("schema version 2"), err.toString());
    assertFalse(Files.exists(tmp.resolve("old/preprocess")));
  }

  @Test
  void aVariantFilterThatLeavesNothingIsBadInputAndWritesNothing() throws Exception {
    ExtractFixture.write(tmp, "r2", List.of(
        ev("u1", "a", 1, "funnel", "action_place_order", null), ev("u1", "a", 2, "click", "c",
            null)));

    assertEquals(ExitCodes.BAD_INPUT, run("--run-id", "r2"));
    assertTrue(err.toString().contains("variant no-funnel: its filter left no session"),
        err.toString());
    assertFalse(Files.exists(tmp.resolve("r2/preprocess/with-funnel")));
  }

  @Test
  void badOptionValuesAreUsageErrors() throws Exception {
    ExtractFixture.write(tmp, "r3", List.of(Records.event("u", "s", 1, "click", "x", null)));
    assertEquals(ExitCodes.BAD_INPUT, run("--run-id", "r3", "--max-length", "0"));
    assertTrue(err.toString().contains("--max-length"), err.toString());
    assertEquals(ExitCodes.BAD_INPUT, run("--run-id", "r3", "--variants", "no-funel"));
    assertEquals(ExitCodes.BAD_INPUT, run("--run-id", "r3", "--runner", "SparkRunner"));
  }

  @Test
  void theNoFunnelSequenceOfAFixtureIsExact() throws Exception {
    ExtractFixture.write(tmp, "r4", List.of(ev("u1", "a", 3, "click", "m_card_click", null),
        ev("u1", "a", 1, "click", "m_card_click", "7"),
        ev("u1", "a", 9, "funnel", "system_checkout_success", null)));
    assertEquals(ExitCodes.OK, run("--run-id", "r4", "--variants", "no-funnel", "--min-count",
        "1"), err.toString());
    List<GenericRecord> rows = new java.util.ArrayList<>();
    ParquetFiles.read(tmp.resolve("r4/preprocess/no-funnel/sequences/train"),
        Contract.SEQUENCES, rows::add);
    assertEquals(1, rows.size());
    assertEquals("[7, NO_STORE]", rows.get(0).get("store_id").toString());
    assertEquals(1, rows.get(0).get("label"));
    assertFalse(Files.exists(tmp.resolve("r4/preprocess/with-funnel")));
    assertEquals(click("u1", "a", 1, "7").ts(), rows.get(0).get("session_start_ts"));
  }
}

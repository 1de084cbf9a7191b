package io.attnlift.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports as they come: their own column names (mapped in the preset, constants for the columns
 * they lack), epoch seconds or milliseconds, no session id (sessions cut after the preset's gap).
 */
class ExportShapesIT {
  @TempDir Path tmp;

  /** A UserBehavior-like export: user, item, category, behaviour, epoch seconds. */
  private static final String BEHAVIOR = String.join("\n",
      "user_id,item_id,category_id,behavior_type,timestamp",
      "7,1,c1,pv,1762077600",         // 2025-11-02 10:00:00
      "7,2,c1,pv,1762078800",         // +20 min
      "7,3,c2,cart,1762080660",       // +31 min: a new session
      "7,3,c2,buy,1762080720",
      "8,4,c9,pv,1762077600", "");

  private static final String MAPPING = String.join("\n",
      "extract:",
      "  since: 2025-11-01",
      "  until: 2025-11-08",
      "  columns:",
      "    USER_ID: user_id",
      "    EVENT_TS: timestamp",
      "    EVENT_TYPE: behavior_type",
      "    EVENT: behavior_type",
      "    DISCOVERY_FEATURE: {value: null}",
      "    STORE_ID: category_id",
      "    STORE_NAME: category_id",
      "    PRIMARY_TAG_NAME: {value: none}",
      "    PRIMARY_CATEGORY_NAME: {value: null}",
      "    IS_NV: {value: false}",
      "  sessionize: true", "");

  private Runs.Result extract(String csv, String preset) throws Exception {
    Path file = Files.writeString(tmp.resolve("export.csv"), csv);
    Path config = Files.writeString(tmp.resolve("preset.yaml"), preset);
    return Runs.cli("extract", "--runs-root", tmp.resolve("runs").toString(), "--run-id", "r1",
        "--events-file", file.toString(), "--config", config.toString());
  }

  private List<String> column(String name) throws Exception {
    List<String> out = new ArrayList<>();
    for (GenericRecord r : Runs.events(tmp.resolve("runs"), "r1")) {
      out.add(r.get(name) == null ? null : r.get(name).toString());
    }
    return out;
  }

  @Test
  void anExportWithItsOwnColumnsEpochSecondsAndNoSessionIdBecomesTheContract()
      throws Exception {
    Runs.Result r = extract(BEHAVIOR, MAPPING + "  event-ts-epoch: seconds\n");

    assertEquals(0, r.code(), r.err());
    assertEquals(List.of("7_0", "7_0", "7_1", "7_1", "8_0"), column("session_id"));
    assertEquals(List.of("1762077600000000", "1762078800000000", "1762080660000000",
        "1762080720000000", "1762077600000000"), column("event_ts"));
    assertEquals(List.of("pv", "pv", "cart", "buy", "pv"), column("event"));
    assertEquals(List.of("c1", "c1", "c2", "c2", "c9"), column("store_name"));
    assertEquals(List.of("none", "none", "none", "none", "none"), column("primary_tag_name"));
    assertEquals(List.of("false", "false", "false", "false", "false"), column("is_nv"));
    assertNull(column("discovery_feature").get(0));
    assertEquals(2, Runs.stats(tmp.resolve("runs"), "r1").usersSampled());
    assertEquals(3, Runs.stats(tmp.resolve("runs"), "r1").sessions());
  }

  @Test
  void theGapComesFromThePreset() throws Exception {
    Runs.Result r = extract(BEHAVIOR, MAPPING + "  event-ts-epoch: seconds\n"
        + "  session-gap: 15m\n");

    assertEquals(0, r.code(), r.err());
    assertEquals(List.of("7_0", "7_1", "7_2", "7_2", "8_0"), column("session_id"));
  }

  @Test
  void epochMillisecondsAreReadAsTimestamps() throws Exception {
    String ms = BEHAVIOR.replaceAll(",(17\\d{8})\\b", ",$1250");

    Runs.Result r = extract(ms, MAPPING + "  event-ts-epoch: milliseconds\n");

    assertEquals(0, r.code(), r.err());
    assertEquals("1762077600250000", column("event_ts").get(0));
    assertEquals(List.of("7_0", "7_0", "7_1", "7_1", "8_0"), column("session_id"));
  }

  @Test
  void epochNumbersWithoutTheirUnitAreBadInputSayingWhatToSet() throws Exception {
    Runs.Result r = extract(BEHAVIOR, MAPPING);

    assertEquals(ExitCodes.BAD_INPUT, r.code());
    assertTrue(r.err().contains("column timestamp do not parse as a timestamp, e.g."
        + " '1762077600'; if the column holds epoch seconds or milliseconds, set event-ts-epoch"
        + " in the preset"), r.err());
  }

  @Test
  void anExportWithoutSessionIdsNamesBothWaysToGetThem() throws Exception {
    Runs.Result r = extract(BEHAVIOR, MAPPING.replace("  sessionize: true\n", "")
        + "  event-ts-epoch: seconds\n");

    assertEquals(ExitCodes.BAD_INPUT, r.code());
    assertTrue(r.err().contains("has no column SESSION_ID"), r.err());
    assertTrue(r.err().contains("set sessionize: true to cut sessions after session-gap"),
        r.err());
  }

  @Test
  void aMissingColumnWithoutAConstantSaysHowToGiveOne() throws Exception {
    Runs.Result r = extract(BEHAVIOR, MAPPING.replace("    IS_NV: {value: false}\n", "")
        + "  event-ts-epoch: seconds\n");

    assertEquals(ExitCodes.BAD_INPUT, r.code());
    assertTrue(r.err().contains("has no column IS_NV"), r.err());
    assertTrue(r.err().contains("or give a constant (columns: {IS_NV: {value: null}})"),
        r.err());
  }

  @Test
  void aDuckDbTableIsMappedTheSameWay() throws Exception {
    Path db = new EventsDb()
        .row("u1", null, "2026-11-02 10:00:00", "click", "m_card_click", null, "7", null, null,
            null, null)
        .row("u1", null, "2026-11-02 11:00:00", "click", "m_card_click", null, "7", null, null,
            null, null)
        .write(tmp.resolve("e.duckdb"), "EVENTS", EventsDb.DDL.replace("SESSION_ID", "SID"));
    Path config = Files.writeString(tmp.resolve("p.yaml"), "extract:\n  sessionize: true\n"
        + "  columns: {STORE_NAME: {value: \"it's\"}}\n");

    Runs.Result r = Runs.cli("extract", "--runs-root", tmp.resolve("runs").toString(),
        "--run-id", "r1", "--duckdb", db.toString(), "--since", "2026-11-01", "--until",
        "2026-11-08", "--config", config.toString());

    assertEquals(0, r.code(), r.err());
    assertEquals(List.of("u1_0", "u1_1"), column("session_id"));
    assertEquals(List.of("it's", "it's"), column("store_name"));
  }
}

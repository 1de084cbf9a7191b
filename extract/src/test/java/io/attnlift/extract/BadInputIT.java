package io.attnlift.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.ExitCodes;
import io.attnlift.common.json.ExtractStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input: a clear message naming the problem and exit 2, or counted and reported. */
class BadInputIT {
  @TempDir Path tmp;

  private Runs.Result extract(String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("extract", "--runs-root",
        tmp.resolve("runs").toString(), "--run-id", "r1", "--since", "2026-11-01",
        "--until", "2026-11-08"));
    args.addAll(List.of(more));
    return Runs.cli(args.toArray(String[]::new));
  }

  private static void assertBadInput(Runs.Result r, String... phrases) {
    assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
    for (String p : phrases) {
      assertTrue(r.err().contains(p), "expected '" + p + "' in: " + r.err());
    }
  }

  private static EventsDb oneUser() {
    return new EventsDb().event("u1", "s1", "2026-11-02 10:00:00", "m_card_view", "7");
  }

  @Test
  void aMissingColumnIsNamed() throws Exception {
    Path db = oneUser().write(tmp.resolve("e.duckdb"), "EVENTS",
        EventsDb.DDL.replace("PRIMARY_TAG_NAME", "TAG"));

    assertBadInput(extract("--duckdb", db.toString()), "has no column PRIMARY_TAG_NAME");
  }

  @Test
  void aColumnOfTheWrongTypeIsNamedWithItsType() throws Exception {
    Path db = oneUser().write(tmp.resolve("e.duckdb"), "EVENTS",
        EventsDb.DDL.replace("EVENT_TS TIMESTAMP", "EVENT_TS DATE"));

    assertBadInput(extract("--duckdb", db.toString()),
        "column EVENT_TS has type DATE, expected a timestamp");
  }

  @Test
  void anEmptyTableIsBadInput() throws Exception {
    Path db = new EventsDb().write(tmp.resolve("e.duckdb"));

    assertBadInput(extract("--duckdb", db.toString()), "the events table is empty");
  }

  @Test
  void aWindowWithoutEventsIsBadInput() throws Exception {
    Path db = new EventsDb().event("u1", "s1", "2026-10-02 10:00:00", "m_card_view", "7")
        .write(tmp.resolve("e.duckdb"));

    assertBadInput(extract("--duckdb", db.toString()),
        "no usable events in the window [2026-11-01, 2026-11-08) (the table has 1 rows)");
  }

  @Test
  void emptyFlagValuesMeanUnset() throws Exception {
    Path db = oneUser().write(tmp.resolve("e.duckdb"));

    Runs.Result r = extract("--duckdb", db.toString(), "--events-file", "", "--source", "",
        "--seed", "", "--table", "");

    assertEquals(0, r.code(), r.err());
  }

  @Test
  void nullIdsAndTimestampsAreDroppedCountedAndReportedBelowTheThreshold() throws Exception {
    EventsDb e = oneUser();
    for (int i = 0; i < 7; i++) {
      e.event("u2", "s2", "2026-11-03 10:00:0" + i, "m_card_view", "8");
    }
    e.row(null, "s9", "2026-11-03 11:00:00", "click", "m_card_click", null, null, null, null,
        null, null);
    e.row("u3", null, "2026-11-03 11:00:00", "click", "m_card_click", null, null, null, null,
        null, null);
    e.row("u2", "s2", null, "click", "m_card_click", null, null, null, null, null, null);
    Path db = e.write(tmp.resolve("e.duckdb"));
    Path preset = Files.writeString(tmp.resolve("p.yaml"), "extract:\n  max-rejected-share: 0.5\n");

    Runs.Result ok = extract("--duckdb", db.toString(), "--config", preset.toString());

    assertEquals(0, ok.code(), ok.err());
    ExtractStats m = Runs.stats(tmp.resolve("runs"), "r1");
    assertEquals(Map.of("null_event_ts", 1L, "null_session_id", 1L, "null_user_id", 1L),
        m.rejected());
    assertEquals(8, m.rows());
  }

  @Test
  void nullRowsAboveTheThresholdFailTheStageAndLeaveNoOutput() throws Exception {
    Path db = oneUser()
        .row(null, "s9", "2026-11-03 11:00:00", "click", "m_card_click", null, null, null, null,
            null, null)
        .write(tmp.resolve("e.duckdb"));

    assertBadInput(extract("--duckdb", db.toString()), "1 of 2 rows (50.00%) are unusable",
        "null_user_id=1");
    assertFalse(Files.exists(tmp.resolve("runs/r1/extract")));
  }

  @Test
  void unparseableTimestampsInAFileExportAreBadInputShowingOne() throws Exception {
    Path csv = Files.writeString(tmp.resolve("events.csv"), String.join("\n",
        "USER_ID,SESSION_ID,EVENT_TS,EVENT_TYPE,EVENT,DISCOVERY_FEATURE,STORE_ID,STORE_NAME,"
            + "PRIMARY_TAG_NAME,PRIMARY_CATEGORY_NAME,IS_NV",
        "u1,s1,2026-11-02 10:00:00,impression,m_card_view,Home Feed,7,A,Pizza,Italian,false",
        "u1,s1,yesterday noon,click,m_card_click,Home Feed,7,A,Pizza,Italian,false", ""));

    assertBadInput(extract("--events-file", csv.toString()),
        "1 value(s) of column EVENT_TS do not parse as a timestamp, e.g. 'yesterday noon'");
  }

  @Test
  void aBooleanColumnThatDoesNotParseIsBadInput() throws Exception {
    Path csv = Files.writeString(tmp.resolve("events.csv"), String.join("\n",
        "USER_ID,SESSION_ID,EVENT_TS,EVENT_TYPE,EVENT,DISCOVERY_FEATURE,STORE_ID,STORE_NAME,"
            + "PRIMARY_TAG_NAME,PRIMARY_CATEGORY_NAME,IS_NV",
        "u1,s1,2026-11-02 10:00:00,impression,m_card_view,Home Feed,7,A,Pizza,Italian,maybe",
        ""));

    assertBadInput(extract("--events-file", csv.toString()),
        "column IS_NV do not parse as a boolean, e.g. 'maybe'");
  }

  @Test
  void missingFilesAreBadInput() {
    assertBadInput(extract("--events-file", tmp.resolve("nope.csv").toString()),
        "events file", "nope.csv does not exist");
    assertBadInput(extract("--duckdb", tmp.resolve("nope.duckdb").toString()),
        "nope.duckdb does not exist");
  }

  @Test
  void aMissingTableAndAnInjectedTableNameAreBadInput() throws Exception {
    Path db = oneUser().write(tmp.resolve("e.duckdb"));

    assertBadInput(extract("--duckdb", db.toString(), "--table", "EVENTZ"), "EVENTZ");
    assertBadInput(extract("--duckdb", db.toString(), "--table", "EVENTS; DROP TABLE EVENTS"),
        "--table 'EVENTS; DROP TABLE EVENTS' is not a table name");
  }

  @Test
  void badFlagValuesAreUsageErrors() {
    assertBadInput(extract("--sample-users", "lots"), "--sample-users': 'lots' is not an int");
    assertBadInput(extract("--source", "oracle"), "bad --source 'oracle'");
  }

  private static final String HEADER = "USER_ID,SESSION_ID,EVENT_TS,EVENT_TYPE,EVENT,"
      + "DISCOVERY_FEATURE,STORE_ID,STORE_NAME,PRIMARY_TAG_NAME,PRIMARY_CATEGORY_NAME,IS_NV";

  private static String row(int i) {
    return "u" + i % 40 + ",s" + i % 90 + ",2026-11-02 10:00:00,click,m_card_click,Home Feed,7,"
        + "A,Pizza,Italian,false";
  }

  private Path csv(String... lines) throws Exception {
    return Files.writeString(tmp.resolve("events.csv"), HEADER + "\n" + String.join("\n", lines)
        + "\n");
  }

  @Test
  void aShortRowIsNamedWithItsLine() throws Exception {
    Path f = csv(row(1), row(2), "u3,s3,2026-11-02 10:00:00,click,m_card_click,Home Feed,7,A,"
        + "Pizza,Italian", row(4));

    assertBadInput(extract("--events-file", f.toString()), "events file " + f + ", line 4: 10"
        + " fields where the header has 11: u3,s3,2026-11-02");
  }

  @Test
  void aBadRowAfterTheFirst20480IsNamedWithItsLineToo() throws Exception {
    List<String> lines = new java.util.ArrayList<>();
    for (int i = 0; i < 20_500; i++) {
      lines.add(row(i));
    }
    lines.add("u1,s1,2026-11-02 10:00:00,click,m_card_click,Home Feed,7,A,Pizza,Italian,false,x");
    Path f = csv(lines.toArray(String[]::new));

    assertBadInput(extract("--events-file", f.toString()), "events file " + f
        + ", line 20502: 12 fields where the header has 11");
  }

  @Test
  void anUnclosedQuoteIsNamedWithTheLineItOpensOn() throws Exception {
    Path f = csv(row(1), "u2,s2,2026-11-02 10:00:00,click,m_card_click,Home Feed,7,\"A,Pizza,"
        + "Italian,false", row(3), row(4));

    assertBadInput(extract("--events-file", f.toString()), "events file " + f + ", line 3: a"
        + " quoted value opens on this line and is never closed");
  }

  @Test
  void aTenMegabyteFieldIsNamedWithItsLineAndNoEngineOption() throws Exception {
    Path f = csv(row(1), row(2), "u3,s3,2026-11-02 10:00:00,click,m_card_click,Home Feed,7,"
        + "x".repeat(10_000_000) + ",Pizza,Italian,false", row(4));

    Runs.Result r = extract("--events-file", f.toString());

    assertBadInput(r, "events file " + f + ", line 4: the line is 10,000,077 bytes long, more"
        + " than the 1,048,576 an events export's line may hold (the long value is in column"
        + " STORE_NAME)");
    assertFalse(r.err().contains("max_line_size"), r.err());
  }

  @Test
  void aDirectoryGivenAsTheEventsFileIsNamedAsSuch() {
    assertBadInput(extract("--events-file", tmp.toString()),
        "events file " + tmp + " is a directory: give the CSV or Parquet export itself");
  }

  @Test
  void aTruncatedParquetExportIsNamedWithItsSize() throws Exception {
    Path f = Files.write(tmp.resolve("events.parquet"), new byte[] {'P', 'A', 'R', '1', 0, 0});

    assertBadInput(extract("--events-file", f.toString()), "events file " + f + " (6 bytes) is"
        + " not a readable Parquet file: it is truncated or damaged");
  }

  @Test
  void anEventsFileWithAnotherSourceIsAContradictionNotIgnored() throws Exception {
    Path f = csv(row(1));

    assertBadInput(extract("--events-file", f.toString(), "--source", "duckdb"),
        "--events-file " + f + " and --source duckdb contradict each other");
    assertFalse(Files.exists(tmp.resolve("runs/r1/extract")));
  }

  @Test
  void aDirectoryGivenAsTheConfigIsNamedAsSuch() {
    assertBadInput(extract("--config", tmp.toString()),
        "config file " + tmp + " is a directory, not a preset file");
  }
}

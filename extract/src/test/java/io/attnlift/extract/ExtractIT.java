package io.attnlift.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.json.ExtractStats;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sampling against a real DuckDB file: users first, all their events, the window, the seed. */
class ExtractIT {
  @TempDir Path tmp;

  /** Six users, each with two in-window events and one from before the window. */
  private Path sixUsers() throws Exception {
    EventsDb db = new EventsDb();
    for (int u = 1; u <= 6; u++) {
      String user = "u" + u;
      db.event(user, user + "-old", "2026-10-20 09:00:00", "home_page_load", null)
          .event(user, user + "-a", "2026-11-0" + u + " 10:00:00", "m_card_view", "10" + u)
          .event(user, user + "-a", "2026-11-0" + u + " 10:00:05", "m_card_click", "10" + u);
    }
    db.event("u1", "u1-z", "2026-11-08 00:00:00", "home_page_load", null);
    db.event("u1", "u1-s", "2026-11-01 00:00:00", "home_page_load", null);
    return db.write(tmp.resolve("events.duckdb"));
  }

  private Runs.Result extract(Path db, String runId, String seed, String... more) {
    return extractN(db, runId, seed, 3, more);
  }

  private Runs.Result extractN(Path db, String runId, String seed, int n, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("extract", "--runs-root",
        tmp.resolve("runs").toString(), "--run-id", runId, "--duckdb", db.toString(),
        "--since", "2026-11-01", "--until", "2026-11-08", "--sample-users", "" + n,
        "--seed", seed));
    args.addAll(List.of(more));
    return Runs.cli(args.toArray(String[]::new));
  }

  /** The users the md5 ranking picks, computed independently of the SQL. */
  private static TreeSet<String> expectedUsers(long seed, int n, List<String> users)
      throws Exception {
    MessageDigest md5 = MessageDigest.getInstance("MD5");
    Map<String, String> hash = users.stream().collect(Collectors.toMap(u -> u, u ->
        String.format("%032x", new BigInteger(1,
            md5.digest((seed + ":" + u).getBytes(StandardCharsets.UTF_8))))));
    return users.stream().sorted(Comparator.comparing(hash::get)).limit(n)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<String> userIds() {
    return IntStream.rangeClosed(1, 6).mapToObj(i -> "u" + i).toList();
  }

  @Test
  void samplesWholeUsersByMd5RankAndKeepsAllTheirEventsInsideTheWindowOnly() throws Exception {
    Path db = sixUsers();

    Runs.Result r = extract(db, "r1", "7");

    assertEquals(0, r.code(), r.err());
    List<GenericRecord> events = Runs.events(tmp.resolve("runs"), "r1");
    TreeSet<String> users = expectedUsers(7, 3, userIds());
    assertEquals(users, Runs.users(events));
    int extra = users.contains("u1") ? 1 : 0;
    assertEquals(2 * 3 + extra, events.size());
    assertTrue(events.stream().noneMatch(e -> e.get("session_id").toString().endsWith("-old")));
    assertTrue(events.stream().noneMatch(e -> e.get("session_id").toString().equals("u1-z")));
    ExtractStats m = Runs.stats(tmp.resolve("runs"), "r1");
    assertEquals(3, m.usersSampled());
    assertEquals(6, m.usersInWindow());
    assertEquals(3 + extra, m.sessions());
    assertEquals(events.size(), m.rows());
  }

  @Test
  void theSameSeedSamplesTheSameUsersAndAnotherSeedRanksAnew() throws Exception {
    Path db = sixUsers();

    assertEquals(0, extract(db, "a", "7").code());
    assertEquals(0, extract(db, "b", "7").code());
    assertEquals(0, extract(db, "c", "8").code());

    List<GenericRecord> a = Runs.events(tmp.resolve("runs"), "a");
    assertEquals(a.toString(), Runs.events(tmp.resolve("runs"), "b").toString());
    assertEquals(expectedUsers(8, 3, userIds()),
        Runs.users(Runs.events(tmp.resolve("runs"), "c")));
  }

  @Test
  void eventsComeOutInUserSessionTimeOrderWithTimestampsInUtcMicros() throws Exception {
    Path db = sixUsers();

    assertEquals(0, extractN(db, "r1", "7", 6).code());

    List<GenericRecord> events = Runs.events(tmp.resolve("runs"), "r1");
    GenericRecord first = events.get(0);
    assertEquals("u1", first.get("user_id").toString());
    assertEquals("u1-a", first.get("session_id").toString());
    assertEquals(1_793_527_200_000_000L, first.get("event_ts"), "2026-11-01T10:00:00Z");
    assertEquals("Store 101", first.get("store_name").toString());
    assertEquals(Boolean.FALSE, first.get("is_nv"));
    GenericRecord load = events.get(2);
    assertEquals("u1-s", load.get("session_id").toString());
    assertEquals(null, load.get("store_id"));
  }

  @Test
  void aTableWithOtherColumnNamesIsReadThroughTheMapping() throws Exception {
    sixUsers();
    Path renamed = tmp.resolve("renamed.duckdb");
    new EventsDb().event("u1", "s1", "2026-11-02 10:00:00", "m_card_view", "7")
        .write(renamed, "APP_EVENTS", EventsDb.DDL.replace("USER_ID", "CUSTOMER_ID")
            .replace("EVENT_TS", "TS"));
    Path preset = Files.writeString(tmp.resolve("preset.yaml"),
        "extract:\n  table: APP_EVENTS\n  columns:\n    USER_ID: CUSTOMER_ID\n    EVENT_TS: TS\n");

    Runs.Result r = extract(renamed, "m", "7", "--config", preset.toString());

    assertEquals(0, r.code(), r.err());
    List<GenericRecord> events = Runs.events(tmp.resolve("runs"), "m");
    assertEquals(1, events.size());
    assertEquals("u1", events.get(0).get("user_id").toString());
  }

  @Test
  void aRerunOfTheSameRunIdReplacesItsOutputWhole() throws Exception {
    Path db = sixUsers();
    assertEquals(0, extract(db, "r1", "7").code());

    assertEquals(0, extractN(db, "r1", "7", 1).code());

    assertEquals(1, Runs.users(Runs.events(tmp.resolve("runs"), "r1")).size());
    try (var left = Files.list(tmp.resolve("runs/r1"))) {
      assertEquals(List.of(".extract.lock", "extract"),
          left.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }
}

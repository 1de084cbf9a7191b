package io.attnlift.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.ExitCodes;
import io.attnlift.common.StageConfig;
import io.attnlift.common.StageException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtractOptionsTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  private static ExtractOptions with(String since, String until) {
    Map<String, Object> o = new HashMap<>();
    o.put("since", since);
    o.put("until", until);
    return StageConfig.override(ExtractOptions.defaults(), o);
  }

  @Test
  void theDefaultWindowIsThe28DaysBeforeTodayWithTodayExcluded() {
    assertEquals(new Window(LocalDate.of(2026, 10, 30), TODAY), with(null, null).window(TODAY));
  }

  @Test
  void aGivenUntilMovesTheDefaultSinceWithIt() {
    assertEquals(new Window(LocalDate.of(2026, 10, 4), LocalDate.of(2026, 11, 1)),
        with(null, "2026-11-01").window(TODAY));
  }

  @Test
  void anEmptyWindowIsBadInput() {
    StageException e = assertThrows(StageException.class,
        () -> with("2026-11-02", "2026-11-02"));
    assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().startsWith("empty window"), e.getMessage());
  }

  @Test
  void aDateThatIsNotIsoIsAUsageErrorNamingTheFlag() {
    Runs.Result r = Runs.cli("extract", "--since", "11/02/2026");

    assertEquals(ExitCodes.BAD_INPUT, r.code());
    assertTrue(r.err().contains("--since"), r.err());
    assertTrue(r.err().contains("11/02/2026"), r.err());
  }

  @Test
  void theSourceIsAFileWhenAnEventsFileIsGiven() {
    assertEquals(ExtractOptions.Source.DUCKDB, ExtractOptions.defaults().sourceKind());
    ExtractOptions f = StageConfig.override(ExtractOptions.defaults(),
        Map.of("eventsFile", "x.csv"));
    assertEquals(ExtractOptions.Source.FILE, f.sourceKind());
  }

  @Test
  void anUnknownColumnInTheMappingIsRefusedByName() {
    StageException e = assertThrows(StageException.class,
        () -> Columns.of(Map.of("USER_KEY", "UID")));
    assertTrue(e.getMessage().contains("unknown column 'USER_KEY'"), e.getMessage());
  }

  @Test
  void theMappingRenamesOnlyTheColumnsItNames() {
    Columns c = Columns.of(Map.of("USER_ID", "CUSTOMER_ID"));
    assertEquals("CUSTOMER_ID", c.name("USER_ID"));
    assertEquals("EVENT_TS", c.name("EVENT_TS"));
  }

  @Test
  void aSqlLookingColumnNameIsRefused() {
    StageException e = assertThrows(StageException.class,
        () -> Columns.of(Map.of("USER_ID", "x; DROP TABLE EVENTS")));
    assertTrue(e.getMessage().contains("is not a plain SQL identifier"), e.getMessage());
  }

  @Test
  void aConstantStandsInForAColumnTheExportLacks() {
    ExtractOptions o = StageConfig.override(ExtractOptions.defaults(),
        Map.of("columns", Map.of("IS_NV", Map.of("value", false), "STORE_NAME", "shop")));
    Columns c = o.columnMapping();

    assertEquals(ColumnSource.constant("false"), c.source("IS_NV"));
    assertNull(c.name("IS_NV"));
    assertEquals("shop", c.name("STORE_NAME"));
    assertEquals(Map.of("IS_NV", Map.of("value", "false"), "STORE_NAME", "shop"),
        io.attnlift.common.Json.MAPPER.convertValue(o, Map.class).get("columns"));
  }

  @Test
  void whatIdentifiesOrTimesAnEventCannotBeAConstant() {
    StageException e = assertThrows(StageException.class,
        () -> Columns.of(Map.of("USER_ID", Map.of("value", "u1"))));
    assertTrue(e.getMessage().contains("gives USER_ID a constant"), e.getMessage());
  }

  @Test
  void aBooleanConstantMustBeABoolean() {
    StageException e = assertThrows(StageException.class,
        () -> Columns.of(Map.of("IS_NV", Map.of("value", "sometimes"))));
    assertTrue(e.getMessage().contains("IS_NV must be true, false or null, got 'sometimes'"),
        e.getMessage());
  }

  @Test
  void sessionizingAndASessionColumnTogetherAreAContradiction() {
    StageException e = assertThrows(StageException.class,
        () -> StageConfig.override(ExtractOptions.defaults(),
            Map.of("sessionize", true, "columns", Map.of("SESSION_ID", "visit"))));
    assertTrue(e.getMessage().contains("names a SESSION_ID column and sessionize is on"),
        e.getMessage());
  }

  @Test
  void theSessionGapDefaultsToThirtyMinutes() {
    ExtractOptions o = StageConfig.override(ExtractOptions.defaults(),
        Map.of("sessionize", true));
    assertEquals(java.time.Duration.ofMinutes(30), o.columnMapping().sessionGap());
    assertNull(ExtractOptions.defaults().columnMapping().sessionGap());
  }

  @Test
  void anEventsFileWithTheDuckDbSourceIsRefused() {
    StageException e = assertThrows(StageException.class,
        () -> StageConfig.override(ExtractOptions.defaults(),
            Map.of("source", "snowflake", "eventsFile", "x.csv")));
    assertTrue(e.getMessage().contains("--events-file x.csv and --source snowflake contradict"),
        e.getMessage());
  }
}

package io.attnlift.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.ExitCodes;
import io.attnlift.common.StageException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtractOptionsTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  private static ExtractOptions with(String since, String until) {
    ExtractOptions d = ExtractOptions.defaults();
    return new ExtractOptions(d.source(), d.duckdb(), d.eventsFile(), d.table(),
        d.sampleUsers(), d.seed(), since, until, d.maxRejectedShare(), d.columns(), d.account(),
        d.user(), d.role(), d.warehouse(), d.database(), d.schema(), d.host(), d.port(),
        d.loginTimeoutSeconds(), d.connectAttempts(), d.fetchSize(), d.rowsPerFile());
  }

  @Test
  void theDefaultWindowIsThe28DaysBeforeTodayWithTodayExcluded() {
    assertEquals(new Window(LocalDate.of(2026, 10, 30), TODAY), with("", "").window(TODAY));
  }

  @Test
  void aGivenUntilMovesTheDefaultSinceWithIt() {
    assertEquals(new Window(LocalDate.of(2026, 10, 4), LocalDate.of(2026, 11, 1)),
        with("", "2026-11-01").window(TODAY));
  }

  @Test
  void anEmptyWindowIsBadInput() {
    StageException e = assertThrows(StageException.class,
        () -> with("2026-11-02", "2026-11-02").window(TODAY));
    assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().startsWith("empty window"), e.getMessage());
  }

  @Test
  void aDateThatIsNotIsoIsBadInputNamingTheFlag() {
    StageException e = assertThrows(StageException.class,
        () -> with("11/02/2026", "").window(TODAY));
    assertTrue(e.getMessage().contains("--since '11/02/2026'"), e.getMessage());
  }

  @Test
  void theSourceIsAFileWhenAnEventsFileIsGiven() {
    ExtractOptions d = ExtractOptions.defaults();
    assertEquals("duckdb", d.sourceKind());
    ExtractOptions f = new ExtractOptions("", d.duckdb(), "x.csv", d.table(), 1, 1, "", "", 0,
        Map.of(), "", "", "", "", "", "", "", 443, 1, 1, 1, 1);
    assertEquals("file", f.sourceKind());
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
}

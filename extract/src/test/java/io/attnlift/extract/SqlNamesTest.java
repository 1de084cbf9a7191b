package io.attnlift.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.ExitCodes;
import io.attnlift.common.StageException;
import org.junit.jupiter.api.Test;

class SqlNamesTest {
  @Test
  void qualifiedTableNamesAreAcceptedAndQuotedPerDialect() {
    assertEquals("ANALYTICS.APP.EVENTS", SqlNames.table("ANALYTICS.APP.EVENTS"));
    assertEquals("\"analytics\".\"events\"", SqlNames.quoteDuckDb("analytics.events"));
    assertEquals("\"ANALYTICS\".\"EVENTS\"", SqlNames.quoteSnowflake("analytics.events"));
  }

  @Test
  void anythingButAnIdentifierIsRefusedWithExit2() {
    for (String bad : new String[] {
        "EVENTS; DROP TABLE X", "EVENTS\"", "a.b.c.d", "1EVENTS", "", "EVENTS --", "a..b"}) {
      StageException e = assertThrows(StageException.class, () -> SqlNames.table(bad));
      assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
      assertTrue(e.getMessage().contains("bad table name"), e.getMessage());
    }
  }

  @Test
  void aColumnNameWithAQuoteIsRefusedNamingTheColumn() {
    StageException e = assertThrows(StageException.class,
        () -> SqlNames.column("USER\"ID", "USER_ID"));
    assertTrue(e.getMessage().contains("for USER_ID"), e.getMessage());
  }

  @Test
  void literalsDoubleTheirQuotes() {
    assertEquals("'it''s.csv'", SqlNames.literal("it's.csv"));
  }
}

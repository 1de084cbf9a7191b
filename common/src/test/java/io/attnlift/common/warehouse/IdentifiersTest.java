package io.attnlift.common.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.ExitCodes;
import io.attnlift.common.StageException;
import org.junit.jupiter.api.Test;

class IdentifiersTest {
  @Test
  void anEmailAddressIsAUserNameButNotASqlIdentifier() {
    assertEquals("jane.doe@acme.com", Identifiers.user("snowflake.user", "jane.doe@acme.com"));
    StageException e = assertThrows(StageException.class,
        () -> Identifiers.sql("snowflake.role", "jane.doe@acme.com"));
    assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().startsWith("snowflake.role 'jane.doe@acme.com' is not a plain SQL"
        + " identifier"), e.getMessage());
  }

  @Test
  void sqlLookingNamesAreRefusedEverywhere() {
    for (String bad : new String[] {"EVENTS; DROP TABLE X", "a\"b", "1ABC", "", "x y"}) {
      assertThrows(StageException.class, () -> Identifiers.sql("table", bad), bad);
      assertThrows(StageException.class, () -> Identifiers.table("table", bad), bad);
      assertThrows(StageException.class, () -> Identifiers.user("user", bad + "'"), bad);
    }
  }

  @Test
  void aTableMayBeQualifiedTwiceAndIsQuotedPartByPart() {
    assertEquals("DB.APP.EVENTS", Identifiers.table("table", "DB.APP.EVENTS"));
    assertThrows(StageException.class, () -> Identifiers.table("table", "A.B.C.D"));
    assertThrows(StageException.class, () -> Identifiers.table("table", "A..B"));
    assertEquals("\"DB\".\"APP\".\"EVENTS\"", Identifiers.quote("db.app.Events", true));
    assertEquals("\"db\".\"Events\"", Identifiers.quote("db.Events", false));
  }

  @Test
  void accountsAndHostsHaveTheirOwnRules() {
    assertEquals("xy12345.eu-west-1", Identifiers.account("a", "xy12345.eu-west-1"));
    assertEquals("acme-prod", Identifiers.account("a", "acme-prod"));
    assertThrows(StageException.class, () -> Identifiers.account("a", "acme/../x"));
    assertEquals("127.0.0.1", Identifiers.host("h", "127.0.0.1"));
    assertThrows(StageException.class, () -> Identifiers.host("h", "evil.com/path"));
  }
}

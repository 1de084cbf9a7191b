package io.attnlift.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.ExitCodes;
import io.attnlift.common.StageException;
import io.attnlift.extract.WarehouseErrors.Kind;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class WarehouseErrorsTest {
  @Test
  void networkCausesAreUnreachable() {
    assertEquals(Kind.UNREACHABLE, WarehouseErrors.classify(
        new SQLException("JDBC driver encountered communication error", "08001", 200061,
            new ConnectException("Connection refused"))));
    assertEquals(Kind.UNREACHABLE, WarehouseErrors.classify(
        new SQLException("x", null, 0, new UnknownHostException("acme.snowflakecomputing.com"))));
    assertEquals(Kind.UNREACHABLE, WarehouseErrors.classify(
        new SQLException("x", null, 0, new SocketTimeoutException("read timed out"))));
  }

  @Test
  void refusedLoginsAreCredentialErrors() {
    assertEquals(Kind.CREDENTIALS, WarehouseErrors.classify(
        new SQLException("Incorrect username or password was specified.", "08004", 390100)));
    assertEquals(Kind.CREDENTIALS, WarehouseErrors.classify(
        new SQLException("JWT token is invalid.", "08004", 390144)));
    assertEquals(Kind.CREDENTIALS, WarehouseErrors.classify(
        new SQLException("password authentication failed", "28000", 0)));
  }

  @Test
  void missingObjectsAreBadInput() {
    assertEquals(Kind.BAD_INPUT, WarehouseErrors.classify(new SQLException(
        "Object 'DB.S.EVENTS' does not exist or not authorized.", "02000", 2003)));
    assertEquals(Kind.BAD_INPUT, WarehouseErrors.classify(new SQLException(
        "Catalog Error: Table with name EVENTZ does not exist!")));
  }

  @Test
  void unreachableMapsToExit75AndRefusedCredentialsToExit2WithoutEchoingThem() {
    StageException t = WarehouseErrors.map(new SQLException("communication error", "08001",
        0, new ConnectException()), "logging in", "Snowflake account acme");
    assertEquals(ExitCodes.TRANSIENT, t.exitCode());

    StageException c = WarehouseErrors.map(new SQLException(
        "Incorrect username or password was specified: hunter2", "08004", 390100),
        "logging in", "Snowflake account acme", "hunter2");
    assertEquals(ExitCodes.BAD_INPUT, c.exitCode());
    assertTrue(c.getMessage().contains("refused the credentials"), c.getMessage());
    assertFalse(c.getMessage().contains("hunter2"), c.getMessage());
  }

  @Test
  void otherErrorsAreFailures() {
    assertEquals(ExitCodes.FAILURE, WarehouseErrors.map(new SQLException("boom", "XX000", 1),
        "sampling", "duckdb x").exitCode());
  }
}

package io.attnlift.common.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.ExitCodes;
import io.attnlift.common.StageException;
import io.attnlift.common.warehouse.WarehouseErrors.Kind;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathValidatorException;
import java.sql.SQLException;
import javax.net.ssl.SSLHandshakeException;
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
  void anUntrustedCertificateIsPermanentThoughTheDriverCallsItACommunicationError() {
    SSLHandshakeException handshake = new SSLHandshakeException("PKIX path building failed:"
        + " unable to find valid certification path to requested target");
    handshake.initCause(new CertPathValidatorException("untrusted"));
    SQLException e = new SQLException("JDBC driver encountered communication error. Message:"
        + " PKIX path building failed", "08001", 200061, handshake);

    assertEquals(Kind.TLS, WarehouseErrors.classify(e));
    StageException s = WarehouseErrors.map(e, "logging in", "Snowflake account acme");
    assertEquals(ExitCodes.FAILURE, s.exitCode());
    assertTrue(s.getMessage().contains("TLS certificate this machine does not trust"),
        s.getMessage());
  }

  @Test
  void aTableNamedLikeACertificateIsStillAMissingObject() {
    assertEquals(Kind.BAD_INPUT, WarehouseErrors.classify(new SQLException(
        "Object 'DB.S.CERTIFICATE_EVENTS' does not exist or not authorized.", "02000", 2003)));
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
  void aLockIsBusyAndTransient() {
    SQLException e = new SQLException("IO Error: Could not set lock on file \"x.duckdb\":"
        + " Conflicting lock is held");
    assertEquals(Kind.BUSY, WarehouseErrors.classify(e));
    assertEquals(ExitCodes.TRANSIENT, WarehouseErrors.map(e, "writing", "duckdb x").exitCode());
  }

  @Test
  void missingObjectsAreBadInput() {
    assertEquals(Kind.BAD_INPUT, WarehouseErrors.classify(new SQLException(
        "Object 'DB.S.EVENTS' does not exist or not authorized.", "02000", 2003)));
    assertEquals(Kind.BAD_INPUT, WarehouseErrors.classify(new SQLException(
        "Catalog Error: Table with name EVENTZ does not exist!")));
  }

  @Test
  void unreachableIsExit75AndRefusedCredentialsExit2WithoutEchoingThem() {
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
  void aSecretInAnyOtherMessageIsBlankedOut() {
    StageException e = WarehouseErrors.map(new SQLException("boom near 'hunter2'", "XX000", 1),
        "writing", "Snowflake account acme", "hunter2");
    assertEquals(ExitCodes.FAILURE, e.exitCode());
    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
  }
}

package io.attnlift.common.warehouse;

import java.time.Duration;

/**
 * The Snowflake connection, one set of keys for every stage that connects (extract reads the
 * events, attribute writes its tables back): the preset's top-level {@code snowflake:} section.
 * Holds no secret: the key or password comes only from the environment ({@code Secrets}).
 *
 * <pre>
 * snowflake:
 *   account: xy12345.eu-west-1
 *   user: jane.doe@acme.com
 *   role: ANALYST
 *   warehouse: WH_XS
 *   database: ANALYTICS
 *   schema: APP
 * </pre>
 *
 * @param account the account identifier
 * @param user the login name
 * @param role the role, optional
 * @param warehouse the virtual warehouse, optional
 * @param database the database (of an unqualified events table, and of the write-back tables)
 * @param schema the schema of an unqualified events table
 * @param host the host, when not {@code <account>.snowflakecomputing.com}
 * @param port the port
 * @param loginTimeout how long one login attempt may take
 * @param connectAttempts how many times an unreachable warehouse is tried before exit 75
 */
public record SnowflakeSettings(
    String account,
    String user,
    String role,
    String warehouse,
    String database,
    String schema,
    String host,
    int port,
    Duration loginTimeout,
    int connectAttempts) {

  /** The code's defaults: nothing configured, port 443, 60 s logins, three attempts. */
  public static SnowflakeSettings defaults() {
    return new SnowflakeSettings("", "", "", "", "", "", "", 443, Duration.ofSeconds(60), 3);
  }

  /** Checks what can be checked without connecting (the rest is checked on login). */
  public void validate() {
    if (port < 1 || port > 65_535) {
      throw io.attnlift.common.StageException.badInput(
          "snowflake.port must be in 1..65535, got %d", port);
    }
    if (connectAttempts < 1 || loginTimeout.isNegative() || loginTimeout.isZero()) {
      throw io.attnlift.common.StageException.badInput(
          "snowflake.connect-attempts must be at least 1 and snowflake.login-timeout positive");
    }
  }
}

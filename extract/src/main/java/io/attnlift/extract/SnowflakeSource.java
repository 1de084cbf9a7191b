package io.attnlift.extract;

import io.attnlift.common.StageException;
import io.attnlift.common.warehouse.Identifiers;
import io.attnlift.common.warehouse.Snowflake;
import io.attnlift.common.warehouse.SnowflakeSettings;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The events table in Snowflake, through the one connection of {@link Snowflake}: the preset's
 * {@code snowflake:} section, secrets only from the environment, the session tagged with the run.
 * An unqualified table lives in the connection's database and schema.
 */
public final class SnowflakeSource {
  private SnowflakeSource() {}

  /** The events table, qualified with the connection's database and schema when it is not. */
  static String qualifiedTable(String table, SnowflakeSettings s) {
    String t = Identifiers.table("--table", table);
    if (t.contains(".")) {
      return t;
    }
    if (s.database().isBlank() || s.schema().isBlank()) {
      throw StageException.badInput("the events table '%s' is not qualified:"
          + " set snowflake.database and snowflake.schema in the preset, or give --table as"
          + " database.schema.table", t);
    }
    return Identifiers.table("--table", Identifiers.sql("snowflake.database", s.database()) + "."
        + Identifiers.sql("snowflake.schema", s.schema()) + "." + t);
  }

  /** Connects, retrying an unreachable warehouse; gives up with exit 75, or exit 2 on bad login. */
  public static EventSource open(ExtractOptions o, Map<String, String> env, String runId) {
    String table = qualifiedTable(o.table(), o.snowflake());
    Snowflake.Login login = Snowflake.login(o.snowflake(), env, "attnlift extract run " + runId);
    Connection c = Snowflake.connect(login, o.snowflake().connectAttempts());
    Map<String, Object> d = new LinkedHashMap<>(login.description());
    d.put("table", table);
    return new EventSource(Dialect.SNOWFLAKE, c, table, d, false);
  }
}

package io.attnlift.extract;

import io.attnlift.common.Secrets;
import io.attnlift.common.StageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Snowflake through snowflake-jdbc: account, user, role, warehouse, database and schema from the
 * configuration; key-pair authentication ({@code SNOWFLAKE_PRIVATE_KEY_FILE}, optional
 * {@code SNOWFLAKE_PRIVATE_KEY_PASSPHRASE}) or a password ({@code SNOWFLAKE_PASSWORD}), only from
 * the environment or files it names ({@code ..._FILE}). The session runs in UTC with a query tag
 * naming the run, and the driver never probes cloud metadata addresses.
 */
public final class SnowflakeSource implements EventSource {
  private static final Logger LOG = LoggerFactory.getLogger(SnowflakeSource.class);
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,255}");

  private final Connection conn;
  private final String table;
  private final Map<String, Object> description;

  private SnowflakeSource(Connection conn, String table, Map<String, Object> description) {
    this.conn = conn;
    this.table = table;
    this.description = description;
  }

  /** The settings of a connection, secrets apart. */
  record Login(String url, Properties properties, String[] secrets, String table,
      Map<String, Object> description) {}

  /** Builds the connection settings; missing settings or credentials are bad input. */
  static Login login(ExtractOptions o, Map<String, String> env, String runId) throws IOException {
    String account = required(o.account(), "account");
    String user = required(o.user(), "user");
    String table = qualifiedTable(o);
    Properties p = new Properties();
    p.setProperty("account", account);
    p.setProperty("user", user);
    put(p, "role", o.role());
    put(p, "warehouse", o.warehouse());
    put(p, "db", o.database());
    put(p, "schema", o.schema());
    p.setProperty("application", "attnlift");
    p.setProperty("QUERY_TAG", "attnlift extract run " + runId);
    p.setProperty("TIMEZONE", "UTC");
    p.setProperty("disablePlatformDetection", "true");
    p.setProperty("loginTimeout", Integer.toString(o.loginTimeoutSeconds()));
    p.setProperty("retryTimeout", Integer.toString(o.loginTimeoutSeconds()));
    p.setProperty("CLIENT_PREFETCH_THREADS", "2");
    p.setProperty("CLIENT_MEMORY_LIMIT", "256");
    String[] secrets = credentials(p, env);
    String host = ExtractOptions.blank(o.host()) ? account + ".snowflakecomputing.com" : o.host();
    required(host, "host");
    String url = "jdbc:snowflake://" + host + ":" + o.port() + "/";
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("kind", "snowflake");
    d.put("account", account);
    d.put("user", user);
    d.put("role", o.role());
    d.put("warehouse", o.warehouse());
    d.put("table", table);
    d.put("auth", p.containsKey("private_key_file") ? "key-pair" : "password");
    return new Login(url, p, secrets, table, d);
  }

  private static String[] credentials(Properties p, Map<String, String> env) throws IOException {
    String keyFile = env.get("SNOWFLAKE_PRIVATE_KEY_FILE");
    if (keyFile != null && !keyFile.isBlank()) {
      if (!Files.isReadable(Path.of(keyFile))) {
        throw StageException.badInput(
            "SNOWFLAKE_PRIVATE_KEY_FILE names %s, which is not a readable file", keyFile);
      }
      String pass = Secrets.get(env, "SNOWFLAKE_PRIVATE_KEY_PASSPHRASE");
      p.setProperty("authenticator", "SNOWFLAKE_JWT");
      p.setProperty("private_key_file", keyFile);
      if (pass != null) {
        p.setProperty("private_key_file_pwd", pass);
      }
      return new String[] {pass};
    }
    String password = Secrets.get(env, "SNOWFLAKE_PASSWORD");
    if (password == null) {
      throw StageException.badInput(
          "no Snowflake credentials: set SNOWFLAKE_PRIVATE_KEY_FILE (and"
              + " SNOWFLAKE_PRIVATE_KEY_PASSPHRASE if the key is encrypted) or SNOWFLAKE_PASSWORD"
              + " (or SNOWFLAKE_PASSWORD_FILE) in the environment");
    }
    p.setProperty("password", password);
    return new String[] {password};
  }

  private static String qualifiedTable(ExtractOptions o) {
    String t = SqlNames.table(o.table());
    if (t.contains(".")) {
      return t;
    }
    String db = required(o.database(), "database");
    String schema = required(o.schema(), "schema");
    return SqlNames.table(db + "." + schema + "." + t);
  }

  private static String required(String v, String what) {
    if (ExtractOptions.blank(v) || !NAME.matcher(v).matches()) {
      throw StageException.badInput(
          "Snowflake %s is %s: set it in the preset's extract section (or --%s)", what,
          ExtractOptions.blank(v) ? "missing" : "not a valid name ('" + v + "')", what);
    }
    return v;
  }

  private static void put(Properties p, String key, String v) {
    if (!ExtractOptions.blank(v)) {
      p.setProperty(key, required(v, key));
    }
  }

  /** Connects, retrying an unreachable warehouse; gives up with exit 75, or exit 2 on bad login. */
  public static SnowflakeSource open(ExtractOptions o, Map<String, String> env, String runId)
      throws IOException, InterruptedException {
    System.setProperty("SNOWFLAKE_DISABLE_PLATFORM_DETECTION", "true");
    System.setProperty("net.snowflake.jdbc.loggerImpl", "net.snowflake.client.log.SLF4JLogger");
    Login login = login(o, env, runId);
    SQLException last = null;
    for (int attempt = 1; attempt <= o.connectAttempts(); attempt++) {
      try {
        Connection c = DriverManager.getConnection(login.url(), login.properties());
        return new SnowflakeSource(c, login.table(), login.description());
      } catch (SQLException e) {
        if (WarehouseErrors.classify(e) != WarehouseErrors.Kind.UNREACHABLE) {
          throw WarehouseErrors.map(e, "logging in", where(login), login.secrets());
        }
        last = e;
        LOG.warn("Snowflake unreachable (attempt {} of {}): {}", attempt, o.connectAttempts(),
            Secrets.scrub(e.getMessage(), login.secrets()));
        if (attempt < o.connectAttempts()) {
          Thread.sleep(1000L << Math.min(attempt, 5));
        }
      }
    }
    throw WarehouseErrors.map(last, "logging in after " + o.connectAttempts() + " attempts",
        where(login), login.secrets());
  }

  private static String where(Login login) {
    return "Snowflake account " + login.description().get("account") + " (host "
        + login.url().replaceFirst("^jdbc:snowflake://", "").replaceFirst("/$", "") + ")";
  }

  @Override
  public Dialect dialect() {
    return Dialect.SNOWFLAKE;
  }

  @Override
  public Connection connection() {
    return conn;
  }

  @Override
  public String table() {
    return table;
  }

  @Override
  public Map<String, Object> describe() {
    return description;
  }

  @Override
  public void close() throws SQLException {
    conn.close();
  }
}

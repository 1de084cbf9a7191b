package io.attnlift.common.warehouse;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way a stage connects to Snowflake, through snowflake-jdbc (on the stage's own
 * classpath): {@link SnowflakeSettings} from the preset, key-pair authentication
 * ({@link Secrets#SNOWFLAKE_KEY_FILE}, optional passphrase) or a password, only from the
 * environment or files it names. The session runs in UTC with a query tag naming the run, the
 * driver never probes cloud metadata addresses, and an unreachable warehouse is retried a bounded
 * number of times.
 */
public final class Snowflake {
  private static final Logger LOG = LoggerFactory.getLogger(Snowflake.class);

  private Snowflake() {}

  /**
   * A connection's settings.
   *
   * @param url the JDBC URL
   * @param properties the driver properties, secrets included
   * @param secrets the secrets, to blank out of any message
   * @param description what may be logged and recorded: no secret
   */
  public record Login(String url, Properties properties, String[] secrets,
      Map<String, String> description) {

    /** The warehouse, for messages: account and host. */
    public String where() {
      return "Snowflake account " + description.get("account") + " (host "
          + url.replaceFirst("^jdbc:snowflake://", "").replaceFirst("/$", "") + ")";
    }
  }

  /** Builds the login; missing or malformed settings and missing credentials are bad input. */
  public static Login login(SnowflakeSettings s, Map<String, String> env, String queryTag) {
    String account = required("snowflake.account", s.account(), Identifiers::account);
    String user = required("snowflake.user", s.user(), Identifiers::user);
    Properties p = new Properties();
    p.setProperty("account", account);
    p.setProperty("user", user);
    optional(p, "role", "snowflake.role", s.role());
    optional(p, "warehouse", "snowflake.warehouse", s.warehouse());
    optional(p, "db", "snowflake.database", s.database());
    optional(p, "schema", "snowflake.schema", s.schema());
    p.setProperty("application", "attnlift");
    p.setProperty("QUERY_TAG", queryTag);
    p.setProperty("TIMEZONE", "UTC");
    p.setProperty("disablePlatformDetection", "true");
    String timeout = Long.toString(Math.max(1, s.loginTimeout().toSeconds()));
    p.setProperty("loginTimeout", timeout);
    p.setProperty("retryTimeout", timeout);
    p.setProperty("CLIENT_PREFETCH_THREADS", "2");
    p.setProperty("CLIENT_MEMORY_LIMIT", "256");
    String[] secrets = credentials(p, env);
    String host = s.host().isBlank() ? account + ".snowflakecomputing.com"
        : Identifiers.host("snowflake.host", s.host());
    Map<String, String> d = new LinkedHashMap<>();
    d.put("kind", "snowflake");
    d.put("account", account);
    d.put("user", user);
    d.put("role", s.role());
    d.put("warehouse", s.warehouse());
    d.put("auth", p.containsKey("private_key_file") ? "key-pair" : "password");
    return new Login("jdbc:snowflake://" + host + ":" + s.port() + "/", p, secrets, d);
  }

  /**
   * Connects, retrying an unreachable warehouse {@code attempts} times with a growing pause;
   * every failure is mapped by {@link WarehouseErrors} (refused credentials: exit 2, an untrusted
   * certificate: exit 1, still unreachable: exit 75).
   */
  public static Connection connect(Login login, int attempts) {
    System.setProperty("SNOWFLAKE_DISABLE_PLATFORM_DETECTION", "true");
    System.setProperty("net.snowflake.jdbc.loggerImpl", "net.snowflake.client.log.SLF4JLogger");
    SQLException last = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      try {
        return DriverManager.getConnection(login.url(), login.properties());
      } catch (SQLException e) {
        if (WarehouseErrors.classify(e) != WarehouseErrors.Kind.UNREACHABLE) {
          throw WarehouseErrors.map(e, "logging in", login.where(), login.secrets());
        }
        last = e;
        LOG.warn("Snowflake unreachable (attempt {} of {}): {}", attempt, attempts,
            Secrets.scrub(e.getMessage(), login.secrets()));
        if (attempt < attempts) {
          DuckDb.pause(1000L << Math.min(attempt, 5), "to retry Snowflake");
        }
      }
    }
    throw WarehouseErrors.map(last, "logging in after " + attempts + " attempts", login.where(),
        login.secrets());
  }

  private static String[] credentials(Properties p, Map<String, String> env) {
    String keyFile = env.get(Secrets.SNOWFLAKE_KEY_FILE);
    if (keyFile != null && !keyFile.isBlank()) {
      if (!Files.isReadable(Path.of(keyFile))) {
        throw StageException.badInput("%s names %s, which is not a readable file",
            Secrets.SNOWFLAKE_KEY_FILE, keyFile);
      }
      String pass = secret(env, Secrets.SNOWFLAKE_KEY_PASSPHRASE);
      p.setProperty("authenticator", "SNOWFLAKE_JWT");
      p.setProperty("private_key_file", keyFile);
      if (pass != null) {
        p.setProperty("private_key_file_pwd", pass);
      }
      return new String[] {pass};
    }
    String password = secret(env, Secrets.SNOWFLAKE_PASSWORD);
    if (password == null) {
      throw StageException.badInput(
          "no Snowflake credentials: set %s (key pair, preferred; with %s if the key is"
              + " encrypted) or %s (or %s_FILE) in the environment", Secrets.SNOWFLAKE_KEY_FILE,
          Secrets.SNOWFLAKE_KEY_PASSPHRASE, Secrets.SNOWFLAKE_PASSWORD,
          Secrets.SNOWFLAKE_PASSWORD);
    }
    p.setProperty("password", password);
    return new String[] {password};
  }

  private static String secret(Map<String, String> env, String name) {
    try {
      return Secrets.get(env, name);
    } catch (IOException e) {
      throw StageException.badInput("cannot read %s_FILE (%s): %s", name, env.get(name + "_FILE"),
          e.getMessage());
    }
  }

  private interface Check {
    String apply(String what, String value);
  }

  private static String required(String what, String value, Check check) {
    if (value == null || value.isBlank()) {
      throw StageException.badInput(
          "%s is missing: set it in the preset's top-level snowflake: section", what);
    }
    return check.apply(what, value);
  }

  private static void optional(Properties p, String key, String what, String value) {
    if (value != null && !value.isBlank()) {
      p.setProperty(key, Identifiers.sql(what, value));
    }
  }
}

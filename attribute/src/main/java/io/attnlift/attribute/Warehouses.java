package io.attnlift.attribute;

import io.attnlift.common.Secrets;
import io.attnlift.common.StageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The warehouses the write-back can reach: the embedded DuckDB file (created when missing, with
 * its folder) or Snowflake, configured from the preset and with its secret only from the
 * environment.
 */
final class Warehouses {
  /** Env var naming the private key file (key-pair authentication). */
  static final String KEY_FILE_ENV = Secrets.SNOWFLAKE_KEY_FILE;
  /** Env var holding the private key file's passphrase, if it has one (or {@code _FILE}). */
  static final String KEY_PWD_ENV = Secrets.SNOWFLAKE_KEY_PASSPHRASE;
  /** Env var holding a password, when no key file is given (or {@code _FILE}). */
  static final String PASSWORD_ENV = Secrets.SNOWFLAKE_PASSWORD;

  private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,254}");

  /** How long the DuckDB write-back waits for another process's lock on the file. */
  static final long LOCK_WAIT_MILLIS = 60_000;

  private static final Logger LOG = LoggerFactory.getLogger(Warehouses.class);

  private Warehouses() {}

  /**
   * The DuckDB file as a connection source. DuckDB lets one process write a file at a time; when
   * another holds it (the other variant's attribute running beside this one), opening is retried
   * for up to {@link #LOCK_WAIT_MILLIS} before the failure is reported (as transient).
   */
  static WriteBack.ConnectionSource duckdb(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return new WriteBack.ConnectionSource() {
      @Override
      public Connection open() throws SQLException {
        try {
          Files.createDirectories(abs.getParent());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        long deadline = System.currentTimeMillis() + LOCK_WAIT_MILLIS;
        for (long pause = 250; ; pause = Math.min(2 * pause, 4000)) {
          try {
            return DriverManager.getConnection("jdbc:duckdb:" + abs);
          } catch (SQLException e) {
            boolean locked = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT)
                .contains("lock");
            if (!locked || System.currentTimeMillis() + pause > deadline) {
              throw e;
            }
            LOG.info("{} is locked by another process; retrying in {} ms", abs, pause);
            sleep(pause);
          }
        }
      }

      @Override
      public String describe() {
        return "duckdb:" + abs;
      }

      @Override
      public String catalog(Connection c) throws SQLException {
        try (var st = c.createStatement();
            var rs = st.executeQuery("SELECT current_database()")) {
          rs.next();
          return rs.getString(1);
        }
      }
    };
  }

  private static void sleep(long millis) throws SQLException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for the DuckDB lock", e);
    }
  }

  /** Snowflake as a connection source; checks the settings and credentials first. */
  static WriteBack.ConnectionSource snowflake(AttributeOptions o, Map<String, String> env) {
    String url = snowflakeUrl(o);
    Properties props = snowflakeProperties(o, env);
    return new WriteBack.ConnectionSource() {
      @Override
      public Connection open() throws SQLException {
        return DriverManager.getConnection(url, props);
      }

      @Override
      public String describe() {
        return url + " as " + o.snowflakeUser();
      }
    };
  }

  /** The JDBC URL of the configured account. */
  static String snowflakeUrl(AttributeOptions o) {
    if (!ACCOUNT.matcher(o.snowflakeAccount()).matches()) {
      throw StageException.badInput(
          "attribute.snowflake-account '%s' is not an account identifier; set it in the"
              + " preset's attribute: section", o.snowflakeAccount());
    }
    return "jdbc:snowflake://" + o.snowflakeAccount() + ".snowflakecomputing.com/";
  }

  /**
   * The connection properties: user, database, schema, warehouse, role, platform detection off,
   * and key-pair (preferred) or password authentication from the environment.
   */
  static Properties snowflakeProperties(AttributeOptions o, Map<String, String> env) {
    if (o.snowflakeUser().isBlank()) {
      throw StageException.badInput("attribute.snowflake-user is not set in the preset");
    }
    Properties p = new Properties();
    p.put("user", o.snowflakeUser());
    p.put("db", AttributeOptions.identifier("snowflake-database", o.snowflakeDatabase()));
    p.put("schema", AttributeOptions.identifier("warehouse-schema", o.warehouseSchema()));
    p.put("warehouse", AttributeOptions.identifier("snowflake-warehouse",
        o.snowflakeWarehouse()));
    if (!o.snowflakeRole().isBlank()) {
      p.put("role", AttributeOptions.identifier("snowflake-role", o.snowflakeRole()));
    }
    p.put("disablePlatformDetection", "true");
    String keyFile = env.get(KEY_FILE_ENV);
    String password = secret(env, PASSWORD_ENV);
    if (keyFile != null && !keyFile.isBlank()) {
      if (!Files.isReadable(Path.of(keyFile))) {
        throw StageException.badInput("%s names %s, which is not a readable file", KEY_FILE_ENV,
            keyFile);
      }
      p.put("authenticator", "SNOWFLAKE_JWT");
      p.put("private_key_file", keyFile);
      String pwd = secret(env, KEY_PWD_ENV);
      if (pwd != null) {
        p.put("private_key_file_pwd", pwd);
      }
    } else if (password != null) {
      p.put("password", password);
    } else {
      throw StageException.badInput(
          "no Snowflake credentials: set %s (key pair, preferred; with %s if the key is"
              + " encrypted) or %s (or %s_FILE) in the environment",
          KEY_FILE_ENV, KEY_PWD_ENV, PASSWORD_ENV, PASSWORD_ENV);
    }
    return p;
  }

  private static String secret(Map<String, String> env, String name) {
    try {
      return Secrets.get(env, name);
    } catch (IOException e) {
      throw StageException.badInput("cannot read %s_FILE (%s): %s", name, env.get(name + "_FILE"),
          e.getMessage());
    }
  }
}

package io.attnlift.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Secrets, read only from the environment or from mounted files named by it, and never logged:
 * {@link #scrub} blanks them out of any message that might echo them. The Snowflake variables are
 * named here once, for every stage that connects (extract reads, attribute writes back).
 */
public final class Secrets {
  /** Env var naming the Snowflake private key file (key-pair authentication, preferred). */
  public static final String SNOWFLAKE_KEY_FILE = "SNOWFLAKE_PRIVATE_KEY_FILE";
  /** Env var holding the key file's passphrase, if it has one ({@code _FILE}: a file holding it). */
  public static final String SNOWFLAKE_KEY_PASSPHRASE = "SNOWFLAKE_PRIVATE_KEY_PASSPHRASE";
  /** Env var holding a password, when no key file is given ({@code _FILE}: a file holding it). */
  public static final String SNOWFLAKE_PASSWORD = "SNOWFLAKE_PASSWORD";

  private Secrets() {}

  /**
   * The secret in variable {@code name}, else in the file named by {@code name + "_FILE"} (a
   * mounted Kubernetes secret), else null.
   */
  public static String get(Map<String, String> env, String name) throws IOException {
    String v = env.get(name);
    if (v != null && !v.isEmpty()) {
      return v;
    }
    String file = env.get(name + "_FILE");
    if (file != null && !file.isEmpty()) {
      return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
    }
    return null;
  }

  /** {@code text} with every non-empty secret replaced by {@code ***}. */
  public static String scrub(String text, String... secrets) {
    String out = String.valueOf(text);
    for (String s : secrets) {
      if (s != null && !s.isEmpty()) {
        out = out.replace(s, "***");
      }
    }
    return out;
  }
}

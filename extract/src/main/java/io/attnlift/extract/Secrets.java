package io.attnlift.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Secrets, read only from the environment or from mounted files named by it, and never logged:
 * {@link #scrub} blanks them out of any message that might echo them.
 */
public final class Secrets {
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

package io.attnlift.common;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Resolves a stage's typed options: the code's defaults, then the preset file's section for the
 * stage, then the flags given on the command line. An unknown key anywhere is an error.
 *
 * <p>A preset is YAML or JSON with one section per stage, keys in camelCase or kebab-case (as the
 * flags):
 *
 * <pre>
 * extract:
 *   sample-users: 5000
 * train:
 *   preset: baby
 * </pre>
 */
public final class StageConfig {
  /** The sections a preset may have. */
  public static final Set<String> SECTIONS =
      Set.of("generate", "extract", "preprocess", "train", "attribute", "report");

  /** Flags that belong to {@link CommonOptions}, not to a stage's options. */
  private static final Set<String> COMMON_FLAGS = Set.of("runsRoot", "runId", "config");

  private StageConfig() {}

  /**
   * Resolves the options of one stage.
   *
   * @param defaults the code's defaults (an instance of the options record)
   * @param preset the preset file, or null
   * @param section the preset section, e.g. {@code "extract"}
   * @param spec the command whose explicitly given flags override the preset
   */
  public static <T> T resolve(T defaults, Path preset, String section, CommandSpec spec) {
    return resolve(defaults, preset, section, explicitFlags(spec));
  }

  /** As above, with the overriding flags given as a map from option key to value. */
  @SuppressWarnings("unchecked")
  public static <T> T resolve(T defaults, Path preset, String section, Map<String, ?> flags) {
    Class<T> type = (Class<T>) defaults.getClass();
    Map<String, Object> merged = Json.MAPPER.convertValue(defaults, new TypeReference<>() {});
    String where = "the flags";
    if (preset != null) {
      merged.putAll(readSection(preset, section));
      where = preset + " (section '" + section + "') or the flags";
    }
    merged.putAll(flags);
    try {
      return Json.MAPPER.convertValue(merged, type);
    } catch (IllegalArgumentException e) {
      if (e.getCause() instanceof UnrecognizedPropertyException u) {
        throw StageException.badInput(
            "unknown option '%s' in %s; known: %s",
            u.getPropertyName(), where, u.getKnownPropertyIds());
      }
      throw StageException.badInput("bad value in %s: %s", where, e.getMessage());
    }
  }

  /** The preset's section for one stage, keys turned into camelCase. */
  static Map<String, Object> readSection(Path preset, String section) {
    if (!Files.isRegularFile(preset)) {
      throw StageException.badInput("config file %s does not exist", preset);
    }
    Map<String, Object> all;
    try {
      all = Json.YAML.readValue(preset.toFile(), new TypeReference<>() {});
    } catch (IOException e) {
      throw StageException.badInput("cannot parse config file %s: %s", preset, e.getMessage());
    }
    if (all == null) {
      return Map.of();
    }
    for (String key : all.keySet()) {
      if (!SECTIONS.contains(key)) {
        throw StageException.badInput(
            "unknown section '%s' in %s; known: %s", key, preset, SECTIONS);
      }
    }
    Object body = all.get(section);
    if (body == null) {
      return Map.of();
    }
    if (!(body instanceof Map<?, ?> map)) {
      throw StageException.badInput("section '%s' of %s is not a mapping", section, preset);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(camel(String.valueOf(k)), v));
    return out;
  }

  /**
   * The options given explicitly on the command line, keyed as the options record's fields. A flag
   * given an empty value counts as not given (Argo passes every workflow parameter, unset ones as
   * empty strings), as {@link CommonOptions} does for its own flags.
   */
  public static Map<String, Object> explicitFlags(CommandSpec spec) {
    Map<String, Object> flags = new LinkedHashMap<>();
    if (spec.commandLine() == null || spec.commandLine().getParseResult() == null) {
      return flags;
    }
    for (OptionSpec o : spec.commandLine().getParseResult().matchedOptions()) {
      String key = camel(o.longestName().replaceFirst("^-+", ""));
      if (!COMMON_FLAGS.contains(key) && !o.usageHelp() && !o.versionHelp()) {
        Object value = o.getValue();
        if (value == null || value.toString().isEmpty()) {
          continue;
        }
        flags.put(key, value instanceof Path p ? p.toString() : value);
      }
    }
    return flags;
  }

  /** {@code sample-users} → {@code sampleUsers}. */
  static String camel(String key) {
    StringBuilder b = new StringBuilder();
    boolean up = false;
    for (char c : key.toCharArray()) {
      if (c == '-' || c == '_') {
        up = true;
      } else {
        b.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return b.toString();
  }
}

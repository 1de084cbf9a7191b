package io.attnlift.common;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.attnlift.common.warehouse.SnowflakeSettings;
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
 * stage, then the flags given on the command line; then the options' one validation step
 * ({@link StageOptions#validate()}). An unknown key anywhere is an error. A shared section
 * ({@link #SHARED_SECTIONS}: {@code snowflake}) fills the option of its name in every stage that
 * has one, so both stages that connect read one set of keys.
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
      Set.of("generate", "extract", "preprocess", "train", "attribute", "report", "snowflake");

  /** Sections that are not a stage's but fill the option of their name in every stage. */
  public static final Set<String> SHARED_SECTIONS = Set.of("snowflake");

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
  public static <T> T resolve(T defaults, Path preset, String section, Map<String, ?> flags) {
    Map<String, Object> merged = Json.MAPPER.convertValue(defaults, new TypeReference<>() {});
    String where = "the flags";
    if (preset != null) {
      Map<String, Object> own = new LinkedHashMap<>(readSection(preset, section));
      for (String shared : SHARED_SECTIONS) {
        if (own.containsKey(shared)) {
          throw StageException.badInput("%s: section '%s' has a key '%s': set it in the"
              + " preset's top-level %s: section, which every stage shares", preset, section,
              shared, shared);
        }
        if (merged.get(shared) instanceof Map<?, ?> d) {
          Map<Object, Object> m = new LinkedHashMap<>(d);
          m.putAll(readSection(preset, shared));
          own.put(shared, m);
        }
      }
      merged.putAll(own);
      where = preset + " (section '" + section + "') or the flags";
    }
    merged.putAll(flags);
    return convert(defaults, merged, where);
  }

  /**
   * The defaults with some options replaced (keys as the record's fields), validated: for tests
   * and tools that build a stage's options in code.
   */
  public static <T> T override(T defaults, Map<String, ?> values) {
    Map<String, Object> merged = Json.MAPPER.convertValue(defaults, new TypeReference<>() {});
    merged.putAll(values);
    return convert(defaults, merged, "the options given");
  }

  @SuppressWarnings("unchecked")
  private static <T> T convert(T defaults, Map<String, Object> merged, String where) {
    T out;
    try {
      out = Json.MAPPER.convertValue(merged, (Class<T>) defaults.getClass());
    } catch (IllegalArgumentException e) {
      Throwable c = e.getCause();
      if (c instanceof UnrecognizedPropertyException u) {
        throw StageException.badInput(
            "unknown option '%s' in %s; known: %s%s",
            u.getPropertyName(), where, u.getKnownPropertyIds(), hint(u.getPropertyName()));
      }
      for (Throwable t = c; t != null; t = t.getCause()) {
        if (t instanceof StageException se) {
          throw se;
        }
      }
      throw StageException.badInput("bad value in %s: %s", where, e.getMessage());
    }
    if (out instanceof StageOptions o) {
      o.validate();
    }
    return out;
  }

  /** Where a Snowflake connection key belongs, when one is given in a stage's section. */
  private static String hint(String key) {
    for (var c : SnowflakeSettings.class.getRecordComponents()) {
      if (c.getName().equals(key) || ("snowflake" + Character.toUpperCase(c.getName().charAt(0))
          + c.getName().substring(1)).equals(key)) {
        return "; Snowflake connection settings go in the preset's top-level snowflake: section";
      }
    }
    return "";
  }

  /** The preset's section for one stage, keys turned into camelCase. */
  static Map<String, Object> readSection(Path preset, String section) {
    if (Files.isDirectory(preset)) {
      throw StageException.badInput("config file %s is a directory, not a preset file", preset);
    }
    if (!Files.isRegularFile(preset)) {
      throw StageException.badInput("config file %s does not exist", preset);
    }
    Map<String, Object> all;
    try {
      all = Json.YAML.readValue(preset.toFile(), new TypeReference<>() {});
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw StageException.badInput("cannot parse config file %s%s: %s", preset,
          at == null ? "" : String.format(" (line %d, column %d)", at.getLineNr(),
              at.getColumnNr()), e.getOriginalMessage());
    } catch (IOException e) {
      throw StageException.badInput("cannot read config file %s: %s", preset, e.getMessage());
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
    Map<String, String> spelled = new LinkedHashMap<>();
    map.forEach((k, v) -> {
      String key = camel(String.valueOf(k));
      String before = spelled.put(key, String.valueOf(k));
      if (before != null) {
        throw StageException.badInput("section '%s' of %s sets one option twice, as '%s' and"
            + " '%s'", section, preset, before, k);
      }
      out.put(key, v);
    });
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
        if (value == null || value.toString().isBlank()) {
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

package io.attnlift.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JSON and YAML mappers of configuration (presets, resolved options): strict on read (unknown
 * and duplicate keys are errors), stable
 * and indented on write. Files passed between stages go through {@code json.JsonContract}.
 */
public final class Json {
  /** Unknown keys are errors; maps are written with sorted keys so outputs diff well. */
  public static final ObjectMapper MAPPER = configure(new ObjectMapper());

  public static final ObjectMapper YAML = configure(new ObjectMapper(new YAMLFactory()));

  private Json() {}

  /** A key given twice in one mapping is an error, not the last one silently winning. */
  @SuppressWarnings("deprecation")
  private static ObjectMapper configure(ObjectMapper m) {
    m.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    return m.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .registerModule(new JavaTimeModule())
        .registerModule(Durations.module())
        .registerModule(paths())
        .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
        .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true)
        .configure(SerializationFeature.INDENT_OUTPUT, true)
        .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
  }

  /** Paths as plain text (Jackson's own writes them as file: URIs). */
  private static SimpleModule paths() {
    return new SimpleModule("attnlift-paths").addSerializer(Path.class, new ToStringSerializer());
  }

  /** Writes a value as indented JSON. */
  public static void write(Path file, Object value) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    MAPPER.writeValue(file.toFile(), value);
  }

  public static <T> T read(Path file, Class<T> type) throws IOException {
    return MAPPER.readValue(file.toFile(), type);
  }
}

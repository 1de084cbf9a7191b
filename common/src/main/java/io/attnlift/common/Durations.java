package io.attnlift.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them in flags and presets: {@code 500ms}, {@code 60s}, {@code 30m},
 * {@code 2h}, {@code 1d}, or ISO-8601 ({@code PT1M}); a bare number is seconds. Written back as
 * the shortest exact form ({@code 60s} becomes {@code 1m}).
 */
public final class Durations {
  private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)?");

  private Durations() {}

  /** Parses a duration; a bad one is bad input naming it. */
  public static Duration parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    Matcher m = SHORT.matcher(t);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      String unit = m.group(2) == null ? "s" : m.group(2);
      return switch (unit) {
        case "ms" -> Duration.ofMillis(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        case "d" -> Duration.ofDays(n);
        default -> Duration.ofSeconds(n);
      };
    }
    try {
      return Duration.parse(text.trim().toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException | NullPointerException e) {
      throw StageException.badInput(
          "bad duration '%s': use e.g. 500ms, 60s, 30m, 2h, 1d or ISO-8601 (PT1M)", text);
    }
  }

  /** The shortest exact short form, e.g. {@code 90s}, {@code 30m}. */
  public static String format(Duration d) {
    long ms = d.toMillis();
    if (ms % 1000 != 0) {
      return ms + "ms";
    }
    long s = ms / 1000;
    if (s != 0 && s % 86_400 == 0) {
      return s / 86_400 + "d";
    }
    if (s != 0 && s % 3600 == 0) {
      return s / 3600 + "h";
    }
    if (s != 0 && s % 60 == 0) {
      return s / 60 + "m";
    }
    return s + "s";
  }

  /** Jackson reads and writes durations in these forms. */
  static SimpleModule module() {
    SimpleModule m = new SimpleModule("attnlift-durations");
    m.addSerializer(Duration.class, new StdSerializer<>(Duration.class) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(Duration v, JsonGenerator g, SerializerProvider p)
          throws IOException {
        g.writeString(format(v));
      }
    });
    m.addDeserializer(Duration.class, new StdDeserializer<>(Duration.class) {
      private static final long serialVersionUID = 1L;

      @Override
      public Duration deserialize(JsonParser p, DeserializationContext c) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT) {
          return Duration.ofSeconds(p.getLongValue());
        }
        if (t == JsonToken.VALUE_STRING) {
          return parse(p.getText());
        }
        return (Duration) c.handleUnexpectedToken(Duration.class, p);
      }
    });
    return m;
  }
}

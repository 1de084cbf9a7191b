package io.attnlift.common.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * The mapper of every JSON contract: keys in snake_case, every key required, no unknown key, no
 * null where a value is expected, no float where an integer is expected, no string where a number
 * is. A number that is undefined (NaN, infinite) is written as {@code null} and read back as NaN;
 * that is the only null a contract holds.
 */
final class ContractMapper {
  static final ObjectMapper MAPPER = create();

  private ContractMapper() {}

  private static ObjectMapper create() {
    SimpleModule numbers = new SimpleModule("attnlift-undefined-numbers");
    numbers.addSerializer(Double.class, new UndefinedAsNull());
    numbers.addSerializer(Double.TYPE, new UndefinedAsNull());
    numbers.addDeserializer(Double.class, new NullAsUndefined(Double.class));
    numbers.addDeserializer(Double.TYPE, new NullAsUndefined(Double.TYPE));
    return JsonMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .serializationInclusion(JsonInclude.Include.ALWAYS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
            DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .addModule(numbers)
        .build();
  }

  /** Writes a non-finite double as null. */
  private static final class UndefinedAsNull extends StdSerializer<Double> {
    private static final long serialVersionUID = 1L;

    UndefinedAsNull() {
      super(Double.class);
    }

    @Override
    public void serialize(Double v, JsonGenerator g, SerializerProvider p) throws IOException {
      if (v == null || !Double.isFinite(v)) {
        g.writeNull();
      } else {
        g.writeNumber(v);
      }
    }
  }

  /** Reads a number as a double and null as NaN; anything else is an error. */
  private static final class NullAsUndefined extends StdDeserializer<Double> {
    private static final long serialVersionUID = 1L;

    NullAsUndefined(Class<?> type) {
      super(type);
    }

    @Override
    public Double deserialize(JsonParser p, DeserializationContext c) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        return p.getDoubleValue();
      }
      return (Double) c.handleUnexpectedToken(Double.class, p);
    }

    @Override
    public Double getNullValue(DeserializationContext c) {
      return Double.NaN;
    }
  }
}

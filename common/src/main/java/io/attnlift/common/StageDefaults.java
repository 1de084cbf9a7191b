package io.attnlift.common;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A command's flag defaults taken from its options record's {@code defaults()}, so that they are
 * written once, in code, and {@code --help} shows them through {@code ${DEFAULT-VALUE}}. A stage
 * command names a subclass in {@code @Command(defaultValueProvider = ...)}:
 *
 * <pre>{@code
 * static final class Defaults extends StageDefaults {
 *   public Defaults() { super(TrainOptions.defaults()); }
 * }
 * }</pre>
 *
 * <p>A default only fills a flag that was not given; {@link StageConfig#explicitFlags} ignores
 * it, so a preset still overrides the code's defaults.
 */
public class StageDefaults implements IDefaultValueProvider {
  private final Map<String, Object> defaults;

  protected StageDefaults(Object optionsDefaults) {
    this.defaults = Json.MAPPER.convertValue(optionsDefaults,
        Json.MAPPER.getTypeFactory().constructMapType(Map.class, String.class, Object.class));
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    if (!(arg instanceof OptionSpec o)) {
      return null;
    }
    Object v = defaults.get(StageConfig.camel(o.longestName().replaceFirst("^-+", "")));
    if (v == null || v instanceof Map) {
      return null;
    }
    if (v instanceof List<?> l) {
      return l.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
    String text = String.valueOf(v);
    if (o.type().isEnum()) {
      for (Object c : o.type().getEnumConstants()) {
        if (((Enum<?>) c).name().equals(text)) {
          return text.toLowerCase(java.util.Locale.ROOT);
        }
      }
    }
    return text;
  }
}

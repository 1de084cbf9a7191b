package io.attnlift.extract;

import io.attnlift.common.StageConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/** The flags given on the command line, less those given empty (an empty value means unset). */
final class Flags {
  private Flags() {}

  static Map<String, Object> given(CommandSpec spec) {
    Map<String, Object> out = new LinkedHashMap<>();
    StageConfig.explicitFlags(spec).forEach((k, v) -> {
      if (v != null && !(v instanceof String s && s.isBlank())) {
        out.put(k, v);
      }
    });
    return out;
  }
}

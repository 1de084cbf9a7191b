package io.attnlift.extract;

import io.attnlift.common.StageConfig;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The flags given on the command line ({@link StageConfig#explicitFlags}: an empty value means
 * unset), less those given only white space, which extract counts as unset too.
 */
final class Flags {
  private Flags() {}

  static Map<String, Object> given(CommandSpec spec) {
    Map<String, Object> out = StageConfig.explicitFlags(spec);
    out.values().removeIf(v -> v instanceof String s && s.isBlank());
    return out;
  }
}

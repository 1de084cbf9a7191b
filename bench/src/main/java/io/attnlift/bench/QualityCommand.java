package io.attnlift.bench;

import io.attnlift.common.CommonOptions;
import io.attnlift.common.Json;
import io.attnlift.common.StageException;
import io.attnlift.common.Variant;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Writes a finished run's quality: per variant the model's test AUC next to the Bayes-optimal and
 * events-only AUCs of the same test sessions, and the attribution ground-truth check.
 */
@Command(
    name = "quality",
    description = "Model AUC against the best possible on the same sessions; attribution check.")
final class QualityCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--variants", defaultValue = "no-funnel,funnel-removed,with-funnel",
      description = "Variants to check (default: ${DEFAULT-VALUE}).")
  String variants;

  @Option(names = "--out", paramLabel = "FILE",
      description = "The JSON to write; default: standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (common.runId() == null) {
      throw StageException.badInput("give the --run-id of a finished run");
    }
    Object q = new RunQuality(common.layout()).measure(Variant.parseList(variants));
    if (out == null) {
      System.out.println(Json.MAPPER.writeValueAsString(q));
    } else {
      Json.write(out, q);
    }
    return 0;
  }
}

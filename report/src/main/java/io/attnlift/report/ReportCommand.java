package io.attnlift.report;

import io.attnlift.common.CommonOptions;
import io.attnlift.common.StageConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code attnlift report}: writes the run's HTML report and prints its absolute path. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Write one self-contained HTML report (and summary.json) for a run.")
public final class ReportCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(
      names = "--variants",
      paramLabel = "LIST",
      description = "Variants to report, comma-separated (default: no-funnel,with-funnel).")
  String variants;

  @Option(
      names = "--compare-to",
      paramLabel = "RUN_ID",
      description = "Run to compare with (default: the latest earlier complete run, if any).")
  String compareTo;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ReportOptions defaults = ReportOptions.defaults();
    ReportOptions resolved = StageConfig.resolve(defaults, common.config(), "report", spec);
    if (resolved.variants() == null || resolved.variants().isBlank()) {
      resolved = new ReportOptions(defaults.variants(), resolved.compareTo());
    }
    Path report = new ReportJob(common.layout(), resolved).run();
    spec.commandLine().getOut().println(report);
    spec.commandLine().getOut().flush();
    return 0;
  }
}

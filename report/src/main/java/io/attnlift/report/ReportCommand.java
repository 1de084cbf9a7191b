package io.attnlift.report;

import io.attnlift.common.CommonOptions;
import io.attnlift.common.StageConfig;
import io.attnlift.common.StageDefaults;
import io.attnlift.common.Variant;
import java.nio.file.Path;
import java.util.List;
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
    defaultValueProvider = ReportCommand.Defaults.class,
    description = "Write one self-contained HTML report (and summary.json) for a run.")
public final class ReportCommand implements Callable<Integer> {
  /** The flags' defaults: {@link ReportOptions#defaults()}. */
  public static final class Defaults extends StageDefaults {
    public Defaults() {
      super(ReportOptions.defaults());
    }
  }

  @Mixin CommonOptions common;

  @Option(
      names = "--variants",
      paramLabel = "LIST",
      split = ",",
      description = "Variants to report (default: ${DEFAULT-VALUE}).")
  List<Variant> variants;

  @Option(
      names = "--compare-to",
      paramLabel = "RUN_ID",
      description = "Run to compare with (default: the latest earlier complete run, if any).")
  String compareTo;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ReportOptions resolved =
        StageConfig.resolve(ReportOptions.defaults(), common.config(), "report", spec);
    Path report = new ReportJob(common.layout(), resolved).run();
    spec.commandLine().getOut().println(report);
    spec.commandLine().getOut().flush();
    return 0;
  }
}

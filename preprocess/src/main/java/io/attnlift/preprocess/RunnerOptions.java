package io.attnlift.preprocess;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.slf4j.LoggerFactory;

/** Beam's typed pipeline options for the chosen runner, set for a batch job of this stage. */
public final class RunnerOptions {
  private RunnerOptions() {}

  /**
   * Options for {@code o.runner()}: Flink (embedded for {@code [local]}, else the cluster at
   * {@code flinkMaster}) with the parallelism set to the cores and object reuse on (the
   * pipeline's elements are immutable), or the DirectRunner with as many threads.
   */
  public static PipelineOptions create(PreprocessOptions o, String jobName) {
    int parallelism = o.effectiveParallelism();
    if (o.runner() == PreprocessOptions.Runner.DIRECT) {
      DirectOptions d = PipelineOptionsFactory.as(DirectOptions.class);
      d.setRunner(DirectRunner.class);
      d.setTargetParallelism(parallelism);
      // The per-element immutability and encodability checks are for tests (TestPipeline keeps
      // them); a real run of the stage's own, tested transforms does not pay for them.
      d.setEnforceImmutability(false);
      d.setEnforceEncodability(false);
      d.setJobName(jobName);
      return d;
    }
    quietFlinkLogs();
    FlinkPipelineOptions f = PipelineOptionsFactory.as(FlinkPipelineOptions.class);
    f.setRunner(FlinkRunner.class);
    f.setFlinkMaster(o.flinkMaster());
    f.setParallelism(parallelism);
    f.setMaxParallelism(Math.max(parallelism, 1));
    f.setObjectReuse(true);
    f.setFasterCopy(true);
    f.setJobName(jobName);
    return f;
  }

  /**
   * Embedded Flink warns about things that are fine here (operator names longer than 80
   * characters, no delegation tokens, no web log file): keep its errors only.
   */
  private static void quietFlinkLogs() {
    if (LoggerFactory.getLogger("org.apache.flink") instanceof Logger flink) {
      flink.setLevel(Level.ERROR);
    }
  }
}

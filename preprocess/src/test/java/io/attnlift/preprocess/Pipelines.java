package io.attnlift.preprocess;

import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.TestPipeline;
import org.junit.runner.Description;
import org.junit.runners.model.Statement;

/** Runs a Beam {@link TestPipeline} (a JUnit 4 rule) from a JUnit 5 test. */
final class Pipelines {
  private Pipelines() {}

  /** What a test adds to the pipeline: its input, the composite and the PAsserts. */
  interface Body {
    void build(TestPipeline p) throws Exception;
  }

  /** Builds the pipeline with {@code body}, runs it on the DirectRunner and checks the asserts. */
  static PipelineResult run(Body body) throws Throwable {
    TestPipeline p = TestPipeline.create();
    PipelineResult[] result = new PipelineResult[1];
    Statement test =
        new Statement() {
          @Override
          public void evaluate() throws Throwable {
            body.build(p);
            result[0] = p.run();
            result[0].waitUntilFinish();
          }
        };
    p.apply(test, Description.createTestDescription(Pipelines.class, "pipeline")).evaluate();
    return result[0];
  }

  /** A counter of this stage, summed over steps. */
  static long counter(PipelineResult r, String name) {
    long sum = 0;
    for (MetricResult<Long> c : r.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.named(Stats.NAMESPACE, name)).build()).getCounters()) {
      sum += c.getAttempted();
    }
    return sum;
  }
}

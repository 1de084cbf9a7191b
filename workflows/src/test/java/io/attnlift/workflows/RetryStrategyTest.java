package io.attnlift.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.Json;
import io.attnlift.common.StageException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetryStrategyTest {
  private static RetryStrategy parse(String yaml) throws Exception {
    return RetryStrategy.parse(Json.YAML.readTree(yaml));
  }

  @Test
  void everyStageOfTheTemplateRetriesOnlyExitCode75ThreeTimesWithDoublingBackoff()
      throws Exception {
    WorkflowTemplate wf = WorkflowTemplate.parse(ArgoManifests.workflowTemplate());
    for (String t : List.of("extract", "preprocess", "train", "attribute", "report")) {
      RetryStrategy r = wf.pods().get(t).retry();
      assertEquals(3, r.limit(), t);
      assertEquals(Set.of(75), r.exitCodes(), t);
      assertEquals(List.of(Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8)),
          List.of(r.delay(1), r.delay(2), r.delay(3)), t);
      assertEquals(Duration.ofMinutes(30), r.maxDuration(), t);
    }
  }

  @Test
  void retriesTheListedExitCodesWithinTheLimitAndTheMaximumDuration() throws Exception {
    RetryStrategy r = parse("""
        limit: "2"
        expression: lastRetry.exitCode == "75" || lastRetry.exitCode == "76"
        backoff: {duration: 1m, factor: "3", maxDuration: 10m}
        """);
    assertTrue(r.allows(1, 75, Duration.ZERO));
    assertTrue(r.allows(2, 76, Duration.ofMinutes(6)));
    assertFalse(r.allows(2, 76, Duration.ofMinutes(8)), "3 more minutes pass the 10");
    assertFalse(r.allows(3, 75, Duration.ZERO), "past the limit");
    assertFalse(r.allows(1, 1, Duration.ZERO), "exit 1 is not retried");
    assertFalse(r.allows(1, 0, Duration.ZERO), "success is not retried");
  }

  @Test
  void withoutAnExpressionEveryFailureIsRetriedAndWithoutAStrategyNone() throws Exception {
    assertTrue(parse("{limit: 1}").allows(1, 2, Duration.ZERO));
    assertFalse(RetryStrategy.parse(Json.MAPPER.missingNode()).allows(1, 75, Duration.ZERO));
  }

  @Test
  void argoDurationsAreSecondsOrGoDurations() {
    assertEquals(Duration.ofSeconds(90), RetryStrategy.duration("90"));
    assertEquals(Duration.ofMinutes(90), RetryStrategy.duration("1h30m"));
    assertEquals(Duration.ofMillis(2500), RetryStrategy.duration("2.5s"));
    assertThrows(StageException.class, () -> RetryStrategy.duration("2 minutes"));
  }

  @Test
  void anExpressionOrPolicyTheLocalRunCannotEvaluateIsRefused() {
    StageException e = assertThrows(StageException.class,
        () -> parse("{limit: 1, expression: 'lastRetry.status == \"Error\"'}"));
    assertTrue(e.getMessage().contains("cannot evaluate"), e.getMessage());
    assertThrows(StageException.class, () -> parse("{limit: 1, retryPolicy: OnError}"));
  }
}

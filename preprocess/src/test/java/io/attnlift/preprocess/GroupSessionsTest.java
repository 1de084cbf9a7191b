package io.attnlift.preprocess;

import static io.attnlift.preprocess.Fixtures.click;
import static io.attnlift.preprocess.Fixtures.event;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;

class GroupSessionsTest {
  private static PCollection<Session> group(TestPipeline p, Event... events) {
    return p.apply(Create.of(List.of(events)).withCoder(EventCoder.of()))
        .apply(new GroupSessions());
  }

  @Test
  void exactDuplicatesAreRemoved() throws Throwable {
    Event a = click("u", "s", 1, "7");
    Event nearCopy = click("u", "s", 1, "8");
    Pipelines.run(p -> PAssert.that(group(p, a, a, nearCopy, a))
        .containsInAnyOrder(new Session("s", "u", List.of(a, nearCopy))));
  }

  @Test
  void eventsAreOrderedByTimeThenByContentForTies() throws Throwable {
    Event late = click("u", "s", 9, "1");
    Event tieSearch = event("u", "s", 5, "search", "search_query", null);
    Event tieClick = click("u", "s", 5, "2");
    Pipelines.run(p -> PAssert.that(group(p, late, tieSearch, tieClick))
        .containsInAnyOrder(new Session("s", "u", List.of(tieClick, tieSearch, late))));
  }

  @Test
  void aSessionUnderTwoUsersIsRejectedAndCounted() throws Throwable {
    Event own = click("u1", "own", 3, null);
    PipelineResult r = Pipelines.run(p -> PAssert.that(
            group(p, click("u1", "shared", 1, null), click("u2", "shared", 2, null), own))
        .containsInAnyOrder(new Session("own", "u1", List.of(own))));
    assertEquals(1, Pipelines.counter(r, Stats.USER_CONFLICTS));
    assertEquals(2, Pipelines.counter(r, Stats.SESSIONS_IN));
  }

  @Test
  void duplicatesAndTiesAreCounted() throws Throwable {
    Event a = click("u", "s", 1, "7");
    PipelineResult r = Pipelines.run(p -> group(p, a, a, click("u", "s", 1, "8")));
    assertEquals(1, Pipelines.counter(r, Stats.DUPLICATES));
    assertEquals(1, Pipelines.counter(r, Stats.TIES));
  }
}

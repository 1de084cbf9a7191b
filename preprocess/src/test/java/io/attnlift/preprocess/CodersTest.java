package io.attnlift.preprocess;

import static io.attnlift.preprocess.Fixtures.click;
import static io.attnlift.preprocess.Fixtures.event;
import static io.attnlift.preprocess.Fixtures.funnel;

import java.util.List;
import org.apache.beam.sdk.testing.CoderProperties;
import org.junit.jupiter.api.Test;

class CodersTest {
  private final Event nulls = click("u1", "s1", 3, null);
  private final Event full = event("u1", "s1", 4, "click", "m_card_click", "Café ☕ 7");
  private final Event other = funnel("u2", "s1", 5, "action_place_order");

  @Test
  void eventsRoundTripWithNullsAndNonAsciiText() throws Exception {
    CoderProperties.coderDecodeEncodeEqual(EventCoder.of(), nulls);
    CoderProperties.coderDecodeEncodeEqual(EventCoder.of(), full);
    CoderProperties.coderDeterministic(EventCoder.of(), full, full);
  }

  @Test
  void chunksKeepEachEventsUser() throws Exception {
    CoderProperties.coderDecodeEncodeEqual(EventListCoder.of(), List.of(nulls, full, other));
    CoderProperties.coderDecodeEncodeEqual(EventListCoder.of(), List.of());
  }

  @Test
  void sessionsAndSequencesRoundTrip() throws Exception {
    Session s = Fixtures.session("s1", "u1", List.of(nulls, full));
    CoderProperties.coderDecodeEncodeEqual(SessionCoder.of(), s);
    Sequence q = Fixtures.cutter(128).cut(io.attnlift.common.Variant.WITH_FUNNEL, s);
    CoderProperties.coderDecodeEncodeEqual(SequenceCoder.of(), q);
    CoderProperties.coderDecodeEncodeEqual(
        SequenceCoder.of(), q.withIndices(new int[][] {{2, 1}, {0, 5}}));
  }
}

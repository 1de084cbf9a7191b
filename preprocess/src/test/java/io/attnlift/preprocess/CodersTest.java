package io.attnlift.preprocess;

import static io.attnlift.preprocess.Fixtures.click;
import static io.attnlift.preprocess.Fixtures.event;
import static io.attnlift.preprocess.Fixtures.funnel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.util.SerializableUtils;
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

  /** Encodes, decodes and encodes again without reading: the same bytes, then the same value. */
  private static <T> void passesOnUnread(Coder<T> coder, T value) throws Exception {
    byte[] first = CoderUtils.encodeToByteArray(coder, value);
    T decoded = CoderUtils.decodeFromByteArray(coder, first);
    assertArrayEquals(first, CoderUtils.encodeToByteArray(coder, decoded));
    assertEquals(value, decoded);
    assertArrayEquals(first, CoderUtils.encodeToByteArray(coder, decoded));
  }

  @Test
  void aSessionOrChunkPassedOnUnreadIsCopiedAsItsBytes() throws Exception {
    passesOnUnread(SessionCoder.of(), Fixtures.session("s1", "u1", List.of(nulls, full)));
    passesOnUnread(EventListCoder.of(), List.of(nulls, full, other));
  }

  @Test
  void aSessionKnownByItsBytesSerialisesAsItsValues() throws Exception {
    Session s = Fixtures.session("s1", "u1", List.of(nulls, full));
    Session decoded = CoderUtils.decodeFromByteArray(SessionCoder.of(),
        CoderUtils.encodeToByteArray(SessionCoder.of(), s));
    assertEquals(s, SerializableUtils.clone(decoded));
  }

  @Test
  void shardItemsCarryASessionOrTheVocabularies() throws Exception {
    Session s = Fixtures.session("s1", "u1", List.of(nulls, full));
    CoderProperties.coderDecodeEncodeEqual(ShardItem.ItemCoder.of(), ShardItem.of(s));
    Vocabularies v = VocabularyFn.choose(
        List.of(org.apache.beam.sdk.values.KV.of(VocabularyFn.key("no-funnel", 0, "a"), 3L)), 1);
    ShardItem back = CoderUtils.decodeFromByteArray(ShardItem.ItemCoder.of(),
        CoderUtils.encodeToByteArray(ShardItem.ItemCoder.of(), ShardItem.of(v)));
    assertEquals(v.vocabulary("no-funnel").features(),
        back.vocabularies().vocabulary("no-funnel").features());
  }
}

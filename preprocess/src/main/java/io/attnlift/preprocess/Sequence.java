package io.attnlift.preprocess;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One session as one variant's model sees it: the events kept (oldest first), their time deltas
 * and, once encoded against the variant's vocabulary, the index arrays.
 *
 * @param variant the variant id
 * @param sessionId SESSION_ID
 * @param userId USER_ID
 * @param split train, val or test
 * @param label 1 when the whole session converted
 * @param truncated older events were cut to fit the maximum length
 * @param sessionStartTs the first event of the whole session, microseconds since the epoch
 * @param events the events kept, at least one
 * @param timeDelta per event kept, see {@link Features#timeDeltas}
 * @param indices per categorical feature (in {@link Features#CATEGORICAL} order) the vocabulary
 *     index of each event, or null before encoding
 */
public record Sequence(
    String variant,
    String sessionId,
    String userId,
    String split,
    int label,
    boolean truncated,
    long sessionStartTs,
    List<Event> events,
    float[] timeDelta,
    int[][] indices)
    implements Serializable {

  /** The same sequence with its vocabulary indices. */
  public Sequence withIndices(int[][] idx) {
    return new Sequence(
        variant, sessionId, userId, split, label, truncated, sessionStartTs, events, timeDelta,
        idx);
  }

  public int length() {
    return events.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sequence s
        && variant.equals(s.variant)
        && sessionId.equals(s.sessionId)
        && userId.equals(s.userId)
        && split.equals(s.split)
        && label == s.label
        && truncated == s.truncated
        && sessionStartTs == s.sessionStartTs
        && events.equals(s.events)
        && Arrays.equals(timeDelta, s.timeDelta)
        && Arrays.deepEquals(indices, s.indices);
  }

  @Override
  public int hashCode() {
    return Objects.hash(variant, sessionId, events.size());
  }

  @Override
  public String toString() {
    return variant + "/" + split + "/" + sessionId + " label=" + label + " " + events
        + (indices == null ? "" : " idx=" + Arrays.deepToString(indices));
  }
}

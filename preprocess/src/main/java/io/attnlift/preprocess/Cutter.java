package io.attnlift.preprocess;

import io.attnlift.common.Variant;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts a session into what one variant's model sees: the label from the whole session, the
 * variant's filter ({@link SessionRules#visible}), the most recent {@code maxLength} events and
 * the user's split.
 */
public final class Cutter implements Serializable {
  private static final long serialVersionUID = 1L;
  private final List<Variant> variants;
  private final FunnelRules funnel;
  private final int maxLength;
  private final UserSplit split;

  public Cutter(List<Variant> variants, FunnelRules funnel, int maxLength, UserSplit split) {
    if (maxLength < 1) {
      throw new IllegalArgumentException("max length must be at least 1, got " + maxLength);
    }
    this.variants = List.copyOf(variants);
    this.funnel = funnel;
    this.maxLength = maxLength;
    this.split = split;
  }

  /** The variants, in output order. */
  public List<Variant> variants() {
    return variants;
  }

  /** The split of a user. */
  public String splitOf(String userId) {
    return split.of(userId);
  }

  /** The sequence of a session for a variant, or null when the variant's filter leaves nothing. */
  public Sequence cut(Variant variant, Session s) {
    List<Event> visible = SessionRules.visible(variant, s.events(), funnel);
    if (visible.isEmpty()) {
      return null;
    }
    float[] deltas = Features.timeDeltas(visible);
    int from = Math.max(0, visible.size() - maxLength);
    return new Sequence(
        variant.id(), s.sessionId(), s.userId(), split.of(s.userId()),
        SessionRules.label(s.events(), funnel), from > 0, s.startTs(),
        visible.subList(from, visible.size()), Arrays.copyOfRange(deltas, from, deltas.length),
        null);
  }
}

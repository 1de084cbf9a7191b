package io.attnlift.preprocess;

import io.attnlift.common.SequenceFeatures;
import io.attnlift.common.Tokens;
import java.util.List;

/**
 * The per-event features of a sequence: the categorical tokens (as the seed: {@code NO_STORE}
 * where the event has no store, {@code NO_FEATURE} where it has no discovery feature) and the
 * continuous event_rank, time_delta and is_nv.
 */
public final class Features {
  /** The categorical features, named as in {@code vocab.json}; {@code <name>_idx} in sequences. */
  public static final List<String> CATEGORICAL =
      List.of(
          "event", "discovery_feature", "store", "store_name", "primary_tag", "primary_category");

  /** Seconds since the previous event are clipped to this before the log. */
  public static final double TIME_DELTA_CLIP_SECONDS = SequenceFeatures.TIME_DELTA_CLIP_SECONDS;

  private Features() {}

  /** The token of categorical feature {@code f} (an index into {@link #CATEGORICAL}). */
  public static String token(Event e, int f) {
    return switch (f) {
      case 0 -> e.event();
      case 1 -> orElse(e.discoveryFeature(), Tokens.NO_FEATURE);
      case 2 -> orElse(e.storeId(), Tokens.NO_STORE);
      case 3 -> orElse(e.storeName(), Tokens.NO_STORE);
      case 4 -> orElse(e.primaryTagName(), Tokens.NO_STORE);
      case 5 -> orElse(e.primaryCategoryName(), Tokens.NO_STORE);
      default -> throw new IllegalArgumentException("no categorical feature " + f);
    };
  }

  private static String orElse(String v, String missing) {
    return v == null ? missing : v;
  }

  /**
   * log1p of the seconds since the previous event, clipped to [0, {@link
   * #TIME_DELTA_CLIP_SECONDS}] first; 0 for the first event.
   */
  public static float[] timeDeltas(List<Event> events) {
    float[] out = new float[events.size()];
    for (int i = 1; i < out.length; i++) {
      double secs = (events.get(i).ts() - events.get(i - 1).ts()) / 1e6;
      out[i] = SequenceFeatures.timeDelta(secs);
    }
    return out;
  }

  /** Position in the sequence scaled to [0, 1]: i / (length - 1), 0 for a single event. */
  public static float eventRank(int i, int length) {
    return SequenceFeatures.eventRank(i, length);
  }

  /** 1.0 for an NV store, else 0.0 (unknown counts as not NV). */
  public static float isNv(Event e) {
    return Boolean.TRUE.equals(e.isNv()) ? 1f : 0f;
  }
}

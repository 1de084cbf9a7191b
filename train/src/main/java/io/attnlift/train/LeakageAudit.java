package io.attnlift.train;

import io.attnlift.common.Tokens;
import io.attnlift.common.json.MetricsJson;
import io.attnlift.common.stats.Auc;
import io.attnlift.common.stats.AucDifference;
import io.attnlift.train.data.RawColumn;
import io.attnlift.train.data.SessionSeq;
import io.attnlift.train.model.ModelSession;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The model-side half of the leakage audit, on the test split: how well trivial session
 * statistics alone rank conversion (a variant whose length or largest time gap nearly ranks as
 * well as the model is read through them), and the model's AUC with its time features
 * neutralised (every time delta replaced by the training mean). The attribute stage compares these
 * with the model, the counts baseline and, on synthetic data, the limits of the same sessions.
 */
final class LeakageAudit {
  /** A trivial statistic of a session as the variant's model sees it. */
  private record Statistic(String name, String description, ToDoubleFunction<SessionSeq> f) {}

  private static final int TIME_DELTA = 1;

  private static final List<Statistic> STATISTICS = List.of(
      new Statistic("length", "events the model sees", s -> s.length()),
      new Statistic("duration", "seconds from the first to the last event",
          s -> Arrays.stream(seconds(s)).sum()),
      new Statistic("largest_gap", "the longest pause between two events, in seconds",
          s -> Arrays.stream(seconds(s)).max().orElse(0)),
      new Statistic("last_store_position",
          "where the last event with a store sits, as a share of the session (0: none)",
          LeakageAudit::lastStorePosition));

  private LeakageAudit() {}

  /** The audit of {@code test} for a model trained on {@code train}. */
  static MetricsJson.Audit of(ModelSession model, Scorer scorer, List<SessionSeq> train,
      Scorer.Scored scored, long seed) {
    List<SessionSeq> test = scored.sessions();
    int[] labels = test.stream().mapToInt(SessionSeq::label).toArray();
    String[] users = test.stream().map(SessionSeq::userId).toArray(String[]::new);
    List<MetricsJson.Statistic> stats = new ArrayList<>();
    for (Statistic st : STATISTICS) {
      double[] v = test.stream().mapToDouble(st.f()).toArray();
      boolean lower = Auc.of(v, labels, users, seed).value() < 0.5;
      if (lower) {
        v = Arrays.stream(v).map(x -> -x).toArray();
      }
      stats.add(new MetricsJson.Statistic(st.name(), st.description(),
          lower ? "lower" : "higher", Auc.of(v, labels, users, seed),
          AucDifference.of(scored.probabilities(), v, labels, users, seed)));
    }
    float mean = meanTimeDelta(train);
    List<SessionSeq> neutral = test.stream().map(s -> withTimeDeltas(s, mean)).toList();
    Auc withoutTime = Auc.of(scorer.score(model, neutral).probabilities(), labels, users, seed);
    return new MetricsJson.Audit(withoutTime, mean, stats);
  }

  /** The seconds between each event and the one before (time deltas are log1p of them). */
  private static double[] seconds(SessionSeq s) {
    float[] d = s.continuous()[TIME_DELTA];
    double[] out = new double[d.length];
    for (int i = 0; i < d.length; i++) {
      out[i] = Math.expm1(d[i]);
    }
    return out;
  }

  private static double lastStorePosition(SessionSeq s) {
    String[] stores = s.raw()[RawColumn.STORE_ID.ordinal()];
    for (int i = stores.length - 1; i >= 0; i--) {
      if (!Tokens.NO_STORE.equals(stores[i])) {
        return (i + 1) / (double) stores.length;
      }
    }
    return 0;
  }

  /** The mean time delta over every training event but each session's first (always 0). */
  static float meanTimeDelta(List<SessionSeq> train) {
    double sum = 0;
    long n = 0;
    for (SessionSeq s : train) {
      float[] d = s.continuous()[TIME_DELTA];
      for (int i = 1; i < d.length; i++) {
        sum += d[i];
        n++;
      }
    }
    return n == 0 ? 0f : (float) (sum / n);
  }

  /** The session with every time delta but the first set to {@code value}. */
  static SessionSeq withTimeDeltas(SessionSeq s, float value) {
    float[][] c = s.continuous().clone();
    c[TIME_DELTA] = new float[s.length()];
    Arrays.fill(c[TIME_DELTA], 1, s.length(), value);
    return new SessionSeq(s.sessionId(), s.userId(), s.split(), s.label(), s.indices(), c,
        s.raw());
  }
}

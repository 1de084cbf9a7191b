package io.attnlift.train;

import io.attnlift.common.Method;
import io.attnlift.common.Progress;
import io.attnlift.common.json.FaithfulnessJson;
import io.attnlift.train.data.BatchFeed;
import io.attnlift.train.data.SessionSeq;
import io.attnlift.train.model.ModelSession;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The deletion test: for each method and k, the mean drop in predicted probability when the k
 * events the method ranks highest are removed, against removing k random events. A method whose
 * top events matter to the model drops the probability more than chance does; one that does not
 * is no explanation of the model. Sessions with k or fewer events are left out of that k.
 */
public final class Faithfulness {
  private static final Logger LOG = LoggerFactory.getLogger(Faithfulness.class);
  /** The numbers of events removed. */
  public static final int[] KS = {1, 3, 5};
  static final String RANDOM = FaithfulnessJson.RANDOM;

  private final Scorer scorer;
  private final long seed;

  public Faithfulness(Scorer scorer, long seed) {
    this.scorer = scorer;
    this.seed = seed;
  }

  /**
   * Runs the test on sessions whose every method has a score (occlusion may be capped).
   *
   * @return the faithfulness.json content
   */
  public FaithfulnessJson run(ModelSession model, List<SessionSeq> sessions,
      Map<String, Attributor.Scores> scores, int maxSessions) {
    List<SessionSeq> usable = new ArrayList<>();
    for (SessionSeq s : sessions) {
      Attributor.Scores sc = scores.get(s.sessionId());
      if (sc != null && !Double.isNaN(sc.byMethod()[Method.OCCLUSION.ordinal()][0])
          && (maxSessions < 0 || usable.size() < maxSessions)) {
        usable.add(s);
      }
    }
    usable.sort(Comparator.comparingInt(SessionSeq::length));
    Random random = new Random(seed);
    List<FaithfulnessJson.Result> results = new ArrayList<>();
    long rows = 0;
    for (int k : KS) {
      rows += usable.stream().filter(s -> s.length() > k).count() * (Method.values().length + 1);
    }
    Progress progress = Progress.start(LOG, "deletion-test rows", rows);
    for (int k : KS) {
      results.addAll(forK(model, usable, scores, k, random, progress));
    }
    progress.finish();
    return new FaithfulnessJson("test", usable.size(),
        java.util.Arrays.stream(KS).boxed().toList(), methodNames(),
        "mean drop in predicted probability when the top-k events by a method are removed"
            + " (masked out), against k random events; sessions with k or fewer events are left"
            + " out for that k", results);
  }

  private List<FaithfulnessJson.Result> forK(ModelSession model, List<SessionSeq> usable,
      Map<String, Attributor.Scores> scores, int k, Random random, Progress progress) {
    List<String> names = methodNames();
    names.add(RANDOM);
    List<BatchFeed.Row> rows = new ArrayList<>();
    List<Double> base = new ArrayList<>();
    for (SessionSeq s : usable) {
      if (s.length() <= k) {
        continue;
      }
      Attributor.Scores sc = scores.get(s.sessionId());
      for (Method m : Method.values()) {
        rows.add(new BatchFeed.Row(s, top(sc.byMethod()[m.ordinal()], k)));
      }
      rows.add(new BatchFeed.Row(s, randomK(s.length(), k, random)));
      base.add(sc.probability());
    }
    double[] logits = scorer.logits(model, rows, progress);
    double[] drop = new double[names.size()];
    double[] drop2 = new double[names.size()];
    int n = base.size();
    for (int i = 0; i < n; i++) {
      for (int m = 0; m < names.size(); m++) {
        double d = base.get(i) - 1 / (1 + Math.exp(-logits[i * names.size() + m]));
        drop[m] += d;
        drop2[m] += d * d;
      }
    }
    List<FaithfulnessJson.Result> out = new ArrayList<>();
    for (int m = 0; m < names.size(); m++) {
      double mean = n == 0 ? Double.NaN : drop[m] / n;
      double var = n < 2 ? Double.NaN : (drop2[m] - n * mean * mean) / (n - 1);
      out.add(new FaithfulnessJson.Result(k, names.get(m), n, mean,
          n < 2 ? Double.NaN : Math.sqrt(Math.max(0, var) / n),
          n == 0 ? Double.NaN : mean - drop[names.size() - 1] / n));
    }
    return out;
  }

  /** The positions of the k highest scores (ties: the earlier position). */
  static BitSet top(double[] score, int k) {
    Integer[] order = new Integer[score.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
    BitSet hide = new BitSet();
    for (int i = 0; i < k; i++) {
      hide.set(order[i]);
    }
    return hide;
  }

  private static BitSet randomK(int length, int k, Random random) {
    BitSet hide = new BitSet();
    while (hide.cardinality() < k) {
      hide.set(random.nextInt(length));
    }
    return hide;
  }

  private static List<String> methodNames() {
    List<String> names = new ArrayList<>();
    for (Method m : Method.values()) {
      names.add(m.id());
    }
    return names;
  }
}

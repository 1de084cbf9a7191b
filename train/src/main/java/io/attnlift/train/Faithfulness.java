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
 * The deletion and insertion tests: for each method and k, the mean drop in predicted
 * probability when the k events the method ranks highest are removed, and the mean rise when
 * only those k are kept (over the session with every event removed), each against k random
 * events; and the area over each curve (its mean over k). A method whose top events matter to the
 * model moves the probability more than chance does; one that does not is no explanation of the
 * model. Sessions with k or fewer events are left out of that k.
 */
public final class Faithfulness {
  private static final Logger LOG = LoggerFactory.getLogger(Faithfulness.class);
  /** The numbers of events removed (or kept). */
  public static final int[] KS = {1, 3, 5};
  static final String RANDOM = FaithfulnessJson.RANDOM;

  private final Scorer scorer;
  private final long seed;

  public Faithfulness(Scorer scorer, long seed) {
    this.scorer = scorer;
    this.seed = seed;
  }

  /**
   * Runs the tests on sessions whose every method has a score (occlusion may be capped).
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
    long rows = usable.size();
    for (int k : KS) {
      rows += usable.stream().filter(s -> s.length() > k).count() * 2
          * (Method.values().length + 1);
    }
    Progress progress = Progress.start(LOG, "deletion and insertion rows", rows);
    double[] empty = empty(model, usable, progress);
    List<FaithfulnessJson.Result> deletion = new ArrayList<>();
    List<FaithfulnessJson.Result> insertion = new ArrayList<>();
    for (int k : KS) {
      forK(model, usable, scores, k, random, empty, progress, deletion, insertion);
    }
    progress.finish();
    List<String> names = methodNames();
    names.add(RANDOM);
    List<FaithfulnessJson.Aopc> aopc = names.stream()
        .map(m -> aopc(m, deletion, insertion)).toList();
    return new FaithfulnessJson("test", usable.size(),
        java.util.Arrays.stream(KS).boxed().toList(), methodNames(),
        "deletion: mean drop in predicted probability when the top-k events by a method are"
            + " removed (masked out); insertion: mean rise when only those k events are kept,"
            + " over the session with every event removed; each against k random events;"
            + " sessions with k or fewer events are left out for that k; the area over each"
            + " curve is its mean over k", deletion, insertion, aopc);
  }

  /** Each session's probability with every event removed (the CLS token alone). */
  private double[] empty(ModelSession model, List<SessionSeq> usable, Progress progress) {
    List<BatchFeed.Row> rows = new ArrayList<>();
    for (SessionSeq s : usable) {
      BitSet all = new BitSet();
      all.set(0, s.length());
      rows.add(new BatchFeed.Row(s, all));
    }
    double[] logits = scorer.logits(model, rows, progress);
    double[] p = new double[logits.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = sigmoid(logits[i]);
    }
    return p;
  }

  private void forK(ModelSession model, List<SessionSeq> usable,
      Map<String, Attributor.Scores> scores, int k, Random random, double[] empty,
      Progress progress, List<FaithfulnessJson.Result> deletion,
      List<FaithfulnessJson.Result> insertion) {
    List<String> names = methodNames();
    names.add(RANDOM);
    List<BatchFeed.Row> rows = new ArrayList<>();
    List<double[]> base = new ArrayList<>();
    for (int i = 0; i < usable.size(); i++) {
      SessionSeq s = usable.get(i);
      if (s.length() <= k) {
        continue;
      }
      Attributor.Scores sc = scores.get(s.sessionId());
      List<BitSet> tops = new ArrayList<>();
      for (Method m : Method.values()) {
        tops.add(top(sc.byMethod()[m.ordinal()], k));
      }
      tops.add(randomK(s.length(), k, random));
      for (BitSet top : tops) {
        rows.add(new BatchFeed.Row(s, top));
        BitSet others = new BitSet();
        others.set(0, s.length());
        others.andNot(top);
        rows.add(new BatchFeed.Row(s, others));
      }
      base.add(new double[] {sc.probability(), empty[i]});
    }
    double[] logits = scorer.logits(model, rows, progress);
    int m = names.size();
    double[][] drops = new double[m][base.size()];
    double[][] rises = new double[m][base.size()];
    for (int i = 0; i < base.size(); i++) {
      for (int j = 0; j < m; j++) {
        drops[j][i] = base.get(i)[0] - sigmoid(logits[(i * m + j) * 2]);
        rises[j][i] = sigmoid(logits[(i * m + j) * 2 + 1]) - base.get(i)[1];
      }
    }
    deletion.addAll(results(k, names, drops));
    insertion.addAll(results(k, names, rises));
  }

  /** Per method, the mean change with its standard error and its margin over random (last). */
  private static List<FaithfulnessJson.Result> results(int k, List<String> names,
      double[][] change) {
    List<FaithfulnessJson.Result> out = new ArrayList<>();
    double[] mean = new double[names.size()];
    for (int j = 0; j < names.size(); j++) {
      mean[j] = mean(change[j]);
    }
    for (int j = 0; j < names.size(); j++) {
      int n = change[j].length;
      double ss = 0;
      for (double d : change[j]) {
        ss += (d - mean[j]) * (d - mean[j]);
      }
      out.add(new FaithfulnessJson.Result(k, names.get(j), n, mean[j],
          n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1) / n),
          n == 0 ? Double.NaN : mean[j] - mean[names.size() - 1]));
    }
    return out;
  }

  private static double mean(double[] v) {
    if (v.length == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (double d : v) {
      sum += d;
    }
    return sum / v.length;
  }

  /** A method's areas: the mean over the k it was tested at of each curve and its margin. */
  private static FaithfulnessJson.Aopc aopc(String method, List<FaithfulnessJson.Result> deletion,
      List<FaithfulnessJson.Result> insertion) {
    return new FaithfulnessJson.Aopc(method, area(method, deletion, false),
        area(method, insertion, false), area(method, deletion, true),
        area(method, insertion, true));
  }

  private static double area(String method, List<FaithfulnessJson.Result> curve,
      boolean minusRandom) {
    return curve.stream().filter(r -> r.method().equals(method))
        .mapToDouble(r -> minusRandom ? r.minusRandom() : r.meanDrop())
        .filter(Double::isFinite).average().orElse(Double.NaN);
  }

  private static double sigmoid(double logit) {
    return 1 / (1 + Math.exp(-logit));
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

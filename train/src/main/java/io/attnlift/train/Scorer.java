package io.attnlift.train;

import io.attnlift.common.Progress;
import io.attnlift.train.data.BatchFeed;
import io.attnlift.train.data.SessionSeq;
import io.attnlift.train.model.ModelSession;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the model for inference over many sessions or rows in length-sorted batches, and counts
 * the sequences and seconds spent, for the inference throughput in {@code metrics.json}.
 *
 * <p>A batch holds at least {@code batchSize} rows; with a token budget it grows while its rows
 * times its longest row stay within the budget (up to {@link #MAX_ROWS}), so short rows are
 * scored in larger batches: a run of the graph has a fixed cost that a batch of 64 short rows
 * does not amortise, and long rows keep batches of {@code batchSize}, the size that stays in
 * cache.
 */
public final class Scorer {
  private static final Logger LOG = LoggerFactory.getLogger(Scorer.class);

  /** Probabilities and labels of sessions, in the order given. */
  public record Scored(List<SessionSeq> sessions, double[] probabilities, int[] labels) {}

  /** The most rows one batch holds, however short they are. */
  static final int MAX_ROWS = 512;

  private final int batchSize;
  private final int batchTokens;
  private long sequences;
  private long nanos;
  private double cpuSeconds;

  /** Batches of exactly {@code batchSize} rows (the last may be shorter). */
  public Scorer(int batchSize) {
    this(batchSize, 0);
  }

  /**
   * @param batchSize the fewest rows a batch holds (unless fewer are left)
   * @param batchTokens rows times the longest row a batch may grow to beyond {@code batchSize};
   *     0 = batches of exactly {@code batchSize}
   */
  public Scorer(int batchSize, int batchTokens) {
    if (batchSize < 1 || batchTokens < 0) {
      throw new IllegalArgumentException("batch size " + batchSize + ", batch tokens "
          + batchTokens);
    }
    this.batchSize = batchSize;
    this.batchTokens = batchTokens;
  }

  /** The probability of each session, in the order given; progress on the log. */
  public Scored score(ModelSession model, List<SessionSeq> sessions) {
    Progress progress = Progress.start(LOG, "sessions scored", sessions.size());
    Integer[] order = lengthOrder(sessions, SessionSeq::length);
    double[] p = new double[sessions.size()];
    int[] y = new int[sessions.size()];
    long start = System.nanoTime();
    double cpuStart = CpuClock.seconds();
    for (int from = 0, to; from < order.length; from = to) {
      to = end(from, order.length, k -> sessions.get(order[k]).length());
      List<BatchFeed.Row> rows = new ArrayList<>();
      for (int k = from; k < to; k++) {
        rows.add(BatchFeed.Row.of(sessions.get(order[k])));
      }
      float[] probs = model.probabilities(rows);
      for (int k = from; k < to; k++) {
        p[order[k]] = probs[k - from];
        y[order[k]] = sessions.get(order[k]).label();
      }
      progress.add(to - from);
    }
    progress.finish();
    nanos += System.nanoTime() - start;
    cpuSeconds += CpuClock.seconds() - cpuStart;
    sequences += sessions.size();
    return new Scored(sessions, p, y);
  }

  /**
   * The logit of each row, in the order given; rows should come sorted by length. Each batch
   * done is added to {@code progress}, which the caller finishes.
   */
  public double[] logits(ModelSession model, List<BatchFeed.Row> rows, Progress progress) {
    return batched(model, rows, progress);
  }

  /** The same, for a caller that reports its own progress. */
  public double[] logits(ModelSession model, List<BatchFeed.Row> rows) {
    return batched(model, rows, null);
  }

  /**
   * The logit of each row, in the order given, for rows in any order: they are scored sorted by
   * their own length, so that each batch pads only to rows of about its length.
   */
  public double[] logitsByLength(ModelSession model, List<BatchFeed.Row> rows) {
    Integer[] order = lengthOrder(rows, r -> r.session().length());
    List<BatchFeed.Row> sorted = new ArrayList<>(order.length);
    for (int i : order) {
      sorted.add(rows.get(i));
    }
    double[] scored = batched(model, sorted, null);
    double[] out = new double[order.length];
    for (int k = 0; k < order.length; k++) {
      out[order[k]] = scored[k];
    }
    return out;
  }

  /** The indices of the items, shortest first (a stable sort): the order batches pad least in. */
  private static <T> Integer[] lengthOrder(List<T> items, ToIntFunction<T> length) {
    Integer[] order = new Integer[items.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingInt(i -> length.applyAsInt(items.get(i))));
    return order;
  }

  private double[] batched(ModelSession model, List<BatchFeed.Row> rows, Progress progress) {
    double[] out = new double[rows.size()];
    for (int from = 0, to; from < rows.size(); from = to) {
      to = end(from, rows.size(), k -> rows.get(k).session().length());
      float[] l = model.logits(rows.subList(from, to));
      for (int k = from; k < to; k++) {
        out[k] = l[k - from];
      }
      if (progress != null) {
        progress.add(to - from);
      }
    }
    return out;
  }

  /**
   * Where the batch that starts at {@code from} ends (exclusive): {@code batchSize} rows, grown
   * by {@code batchSize} rows at a time while the batch's rows times its longest row stay within
   * the token budget. Growing in whole steps keeps one batch shape per longest length, as
   * batches of {@code batchSize} have, so oneDNN builds no more kernels than for those.
   */
  int end(int from, int size, java.util.function.IntUnaryOperator lengthAt) {
    int to = Math.min(size, from + batchSize);
    if (batchTokens == 0) {
      return to;
    }
    int longest = longest(from, to, lengthAt);
    while (to < size && to - from + batchSize <= MAX_ROWS) {
      int next = Math.min(size, to + batchSize);
      int grown = Math.max(longest, longest(to, next, lengthAt));
      if ((long) (next - from) * grown > batchTokens) {
        break;
      }
      longest = grown;
      to = next;
    }
    return to;
  }

  private static int longest(int from, int to, java.util.function.IntUnaryOperator lengthAt) {
    int longest = 0;
    for (int k = from; k < to; k++) {
      longest = Math.max(longest, lengthAt.applyAsInt(k));
    }
    return longest;
  }

  /** Sessions as plain rows (nothing hidden). */
  static List<BatchFeed.Row> rows(List<SessionSeq> sessions) {
    return sessions.stream().map(BatchFeed.Row::of).collect(Collectors.toList());
  }

  /** Sequences per second of the {@link #score} calls so far. */
  public double sequencesPerSecond() {
    return nanos == 0 ? 0 : sequences / (nanos / 1e9);
  }

  /** Sequences per CPU second (all threads) of the {@link #score} calls so far. */
  public double sequencesPerCpuSecond() {
    return cpuSeconds > 0 ? sequences / cpuSeconds : Double.NaN;
  }

  /** A scorer that batches as this one does, its counts at zero. */
  public Scorer fresh() {
    return new Scorer(batchSize, batchTokens);
  }

  public int batchSize() {
    return batchSize;
  }
}

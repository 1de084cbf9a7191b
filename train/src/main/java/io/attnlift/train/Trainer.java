package io.attnlift.train;

import io.attnlift.common.StageException;
import io.attnlift.train.data.BatchFeed;
import io.attnlift.train.data.LengthBuckets;
import io.attnlift.train.data.SessionSeq;
import io.attnlift.train.model.ModelSession;
import io.attnlift.train.model.OptimizerConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The training loop: length-bucketed shuffled batches, AdamW with linear warm-up and cosine decay,
 * one validation pass per epoch, early stopping on validation AUC with the best epoch's weights
 * restored at the end. A NaN loss stops the run with the step and the learning rate.
 */
public final class Trainer {
  private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);
  private static final long LOG_EVERY_NANOS = 10_000_000_000L;

  /** One epoch's numbers. */
  public record Epoch(int epoch, double trainLoss, double valAuc, double valLogLoss,
      double seconds, double sequencesPerSecond) {}

  /** The whole run: the curve, the epoch kept, time and throughput of the training steps. */
  public record Result(List<Epoch> curve, int epochKept, double bestValAuc, double trainSeconds,
      double trainSequencesPerSecond, double trainCpuSeconds) {}

  private final ModelSession model;
  private final TrainOptions opt;
  /** Draws of the event dropout, apart from the shuffling's so that 0 changes nothing. */
  private final Random dropout;
  private final OptimizerConfig adam;
  private final Scorer scorer;

  public Trainer(ModelSession model, TrainOptions opt, Scorer scorer) {
    this.model = model;
    this.opt = opt;
    this.adam = opt.optimizer();
    this.scorer = scorer;
    this.dropout = new Random(opt.seed() * 31 + 17);
  }

  /** Trains on {@code train}, stopping early on {@code val}'s AUC; keeps the best weights. */
  public Result fit(List<SessionSeq> train, List<SessionSeq> val) {
    return fit(train, val, opt.maxEpochs());
  }

  /**
   * The same, but for at most {@code epochs} epochs of the same learning-rate schedule (the one
   * {@code max-epochs} sets): a refit follows the kept model's recipe and stops where it was
   * kept, instead of paying the patience epochs again.
   */
  public Result fit(List<SessionSeq> train, List<SessionSeq> val, int epochs) {
    Random random = new Random(opt.seed());
    float positiveWeight = positiveWeight(train);
    long stepsPerEpoch = (train.size() + opt.batchSize() - 1) / opt.batchSize();
    Schedule schedule = new Schedule(opt.learningRate(), opt.warmupSteps(),
        stepsPerEpoch * opt.maxEpochs(), opt.minLearningRateRatio());
    List<Epoch> curve = new ArrayList<>();
    float[][] best = null;
    double bestAuc = Double.NEGATIVE_INFINITY;
    int bestEpoch = 0;
    double trainSeconds = 0;
    double cpuSeconds = 0;
    int last = Math.min(opt.maxEpochs(), epochs);
    for (int epoch = 1; epoch <= last; epoch++) {
      long start = System.nanoTime();
      double cpuStart = CpuClock.seconds();
      double loss = epoch(train, random, schedule, positiveWeight, epoch, stepsPerEpoch);
      double secs = (System.nanoTime() - start) / 1e9;
      cpuSeconds += CpuClock.seconds() - cpuStart;
      trainSeconds += secs;
      Scorer.Scored v = scorer.score(model, val);
      Epoch e = new Epoch(epoch, loss, Metrics.auc(v.probabilities(), v.labels()),
          Metrics.logLoss(v.probabilities(), v.labels()), (System.nanoTime() - start) / 1e9,
          train.size() / secs);
      curve.add(e);
      LOG.info("epoch {}: train loss {}, val AUC {}, val log-loss {}, {} s ({} train seq/s)",
          epoch, fmt(e.trainLoss()), fmt(e.valAuc()), fmt(e.valLogLoss()),
          String.format("%.1f", e.seconds()), String.format("%.0f", e.sequencesPerSecond()));
      if (e.valAuc() > bestAuc + 1e-4) {
        bestAuc = e.valAuc();
        bestEpoch = epoch;
        best = model.snapshot();
        if (bestAuc >= 1.0) {
          LOG.info("early stop: validation AUC is 1, nothing left to gain; keeping epoch {}",
              epoch);
          break;
        }
      } else if (epoch - bestEpoch >= opt.patience()) {
        LOG.info("early stop: no better validation AUC for {} epochs; keeping epoch {}",
            opt.patience(), bestEpoch);
        break;
      }
    }
    model.restore(best);
    return new Result(curve, bestEpoch, bestAuc, trainSeconds,
        train.size() * (double) curve.size() / trainSeconds, cpuSeconds);
  }

  /** One pass over the training sessions; returns the mean batch loss. */
  private double epoch(List<SessionSeq> train, Random random, Schedule schedule,
      float positiveWeight, int epoch, long stepsPerEpoch) {
    long start = System.nanoTime();
    long lastLog = start;
    List<List<SessionSeq>> batches =
        LengthBuckets.training(train, opt.batchSize(), opt.lengthBuckets(), random);
    double lossSum = 0;
    long done = 0;
    for (int b = 0; b < batches.size(); b++) {
      long step = (epoch - 1) * stepsPerEpoch + b + 1;
      float lr = (float) schedule.rate(step);
      float loss = step(batches.get(b), positiveWeight, lr, step);
      if (!Float.isFinite(loss)) {
        throw StageException.failure(String.format("training diverged: the loss is %s (NaN or"
            + " infinite) at step %d (epoch %d) with learning rate %.3g; lower --learning-rate"
            + " or raise warmup-steps", loss, step, epoch, lr), null);
      }
      lossSum += loss;
      done += batches.get(b).size();
      long now = System.nanoTime();
      if (now - lastLog >= LOG_EVERY_NANOS) {
        lastLog = now;
        double secs = (now - start) / 1e9;
        LOG.info("epoch {} step {}/{} loss {} lr {} {} seq/s, {} s left in the epoch", epoch,
            b + 1, batches.size(), fmt(lossSum / (b + 1)), String.format("%.2e", lr),
            String.format("%.0f", done / secs),
            String.format("%.0f", secs * (train.size() - done) / done));
      }
    }
    return lossSum / batches.size();
  }

  /**
   * Event dropout: each event is removed with probability {@code p} (at least one is kept) and
   * the rest re-sequenced as a removal effect re-sequences them ({@link Removals#without}), so
   * that a session with events removed is in the training distribution. The session itself when
   * {@code p} is 0.
   */
  static SessionSeq dropEvents(SessionSeq s, double p, Random random) {
    if (p <= 0 || s.length() < 2) {
      return s;
    }
    java.util.BitSet removed = new java.util.BitSet();
    for (int i = 0; i < s.length(); i++) {
      if (random.nextDouble() < p) {
        removed.set(i);
      }
    }
    if (removed.cardinality() == s.length()) {
      removed.clear(random.nextInt(s.length()));
    }
    return removed.isEmpty() ? s : Removals.without(s, removed);
  }

  private float step(List<SessionSeq> batch, float positiveWeight, float lr, long step) {
    float[] labels = new float[batch.size()];
    float[] weights = new float[batch.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = batch.get(i).label();
      weights[i] = labels[i] == 1 ? positiveWeight : 1f;
    }
    List<BatchFeed.Row> rows = batch.stream()
        .map(s -> BatchFeed.Row.of(dropEvents(s, opt.eventDropoutRate(), dropout)))
        .collect(Collectors.toList());
    return model.trainStep(rows, labels, weights, lr, step, adam);
  }

  /** The positives' loss weight: the option, or negatives / positives when it is 0. */
  private float positiveWeight(List<SessionSeq> train) {
    if (opt.positiveWeight() > 0) {
      return (float) opt.positiveWeight();
    }
    long pos = train.stream().filter(s -> s.label() == 1).count();
    return (float) ((train.size() - pos) / (double) pos);
  }

  private static String fmt(double v) {
    return String.format("%.4f", v);
  }

  /** Linear warm-up to the peak, then cosine decay to {@code floor} x peak at the last step. */
  record Schedule(double peak, long warmup, long total, double floor) {
    Schedule {
      warmup = Math.max(1, Math.min(warmup, total / 5));
    }

    double rate(long step) {
      if (step <= warmup) {
        return peak * step / warmup;
      }
      double progress = Math.min(1.0, (step - warmup) / (double) Math.max(1, total - warmup));
      return peak * (floor + (1 - floor) * 0.5 * (1 + Math.cos(Math.PI * progress)));
    }
  }
}

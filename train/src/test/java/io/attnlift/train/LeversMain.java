package io.attnlift.train;

import io.attnlift.train.data.BatchFeed;
import io.attnlift.train.data.LengthBuckets;
import io.attnlift.train.data.SequenceReader;
import io.attnlift.train.data.SessionSeq;
import io.attnlift.train.model.Device;
import io.attnlift.train.model.Execution;
import io.attnlift.train.model.ModelConfig;
import io.attnlift.train.model.ModelSession;
import io.attnlift.train.model.Precision;
import io.attnlift.train.model.Tuning;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.tensorflow.proto.OptimizerOptions.GlobalJitLevel;

/**
 * The benchmark's A/B harness for the train stage's speed levers: several configurations of the
 * seed model (precision, threads, inference batch size) trained and scored in one JVM,
 * interleaved batch by batch, so that every configuration sees the same load on a shared machine.
 * Prints one JSON object per configuration.
 *
 * <p>Usage: {@code LeversMain PREPROCESS_DIR STEPS NAME=KEY:VALUE,... ...}, keys {@code precision}
 * (float32, bfloat16, auto), {@code threads} (intra-op, default 2), {@code batch} (inference,
 * default 64), {@code inter} (inter-op threads, default = threads), {@code perSession} (true:
 * the session's own inter-op pool), {@code jit} (OFF, ON_1, ON_2).
 * Thread settings only differ between configurations of one JVM when it runs with
 * {@code TF_OVERRIDE_GLOBAL_THREADPOOL=1} (otherwise the first session's intra-op pool serves
 * all) and {@code perSession:true} (otherwise the first session's inter-op pool does).
 */
public final class LeversMain {
  private LeversMain() {}

  private record Config(String name, Precision precision, int threads, int batch,
      Tuning tuning) {
    static Config parse(String spec) {
      String[] kv = spec.split("=", 2);
      Map<String, String> o = new LinkedHashMap<>();
      for (String p : kv.length > 1 && !kv[1].isEmpty() ? kv[1].split(",") : new String[0]) {
        String[] x = p.split(":", 2);
        o.put(x[0], x[1]);
      }
      Tuning t = new Tuning(Integer.parseInt(o.getOrDefault("inter", "0")),
          Boolean.parseBoolean(o.getOrDefault("perSession", "false")),
          GlobalJitLevel.valueOf(o.getOrDefault("jit", "OFF")));
      return new Config(kv[0], Precision.parse(o.getOrDefault("precision", "float32"))
          .resolve(Device.CPU), Integer.parseInt(o.getOrDefault("threads", "2")),
          Integer.parseInt(o.getOrDefault("batch", "64")), t);
    }
  }

  /** What one configuration costs: wall and CPU seconds, Java allocation, GC time. */
  private static final class Cost {
    double wall;
    double cpu;
    double allocatedMb;
    double gcSeconds;
    private long t0;
    private double c0;
    private long a0;
    private long g0;

    void start() {
      a0 = ALLOC.getThreadAllocatedBytes(Thread.currentThread().getId());
      g0 = gcMillis();
      c0 = CpuClock.seconds();
      t0 = System.nanoTime();
    }

    void stop(boolean counted) {
      if (counted) {
        wall += (System.nanoTime() - t0) / 1e9;
        cpu += CpuClock.seconds() - c0;
        allocatedMb += (ALLOC.getThreadAllocatedBytes(Thread.currentThread().getId()) - a0) / 1e6;
        gcSeconds += (gcMillis() - g0) / 1e3;
      }
    }

    private static long gcMillis() {
      long ms = 0;
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        ms += Math.max(0, gc.getCollectionTime());
      }
      return ms;
    }
  }

  private static final com.sun.management.ThreadMXBean ALLOC =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  /** Sequences every configuration scores before the next one takes its turn. */
  private static final int CHUNK = 256;

  public static void main(String[] a) throws Exception {
    TrainOptions opt = TrainOptions.defaults();
    ModelConfig cfg = opt.modelConfig();
    TrainData data = TrainData.read(Path.of(a[0]), cfg.maxLength());
    int steps = Integer.parseInt(a[1]);
    List<Config> configs = new ArrayList<>();
    List<ModelSession> models = new ArrayList<>();
    float prior = (float) Math.log(data.positiveRate() / (1 - data.positiveRate()));
    for (int i = 2; i < a.length; i++) {
      Config c = Config.parse(a[i]);
      configs.add(c);
      models.add(new ModelSession(cfg, SequenceReader.vocabSizes(data.vocab()), prior,
          opt.optimizer(), opt.seed(),
          new Execution(Device.CPU, c.threads(), c.precision(), c.tuning())));
    }
    List<List<SessionSeq>> batches = LengthBuckets.training(data.train(), opt.batchSize(), true,
        new Random(opt.seed())).stream().filter(b -> b.size() == opt.batchSize()).toList();
    int counted = Math.min(steps, batches.size() - 3);
    System.err.printf("distinct batch widths in the %d training steps: %d%n", counted + 3,
        batches.subList(0, counted + 3).stream()
            .mapToInt(b -> b.stream().mapToInt(SessionSeq::length).max().orElse(0))
            .distinct().count());
    double[] loss = new double[configs.size()];
    Cost[] train = train(models, batches.subList(0, counted + 3), loss, opt);
    double[] feedMicros = new double[configs.size()];
    for (int rep = 0; rep < 2; rep++) { // the first round warms the JIT up for every config
      for (int c = 0; c < configs.size(); c++) {
        feedMicros[c] = feedMicros(batches.subList(0, counted + 3), configs.get(c));
      }
    }
    List<SessionSeq> val = new ArrayList<>(data.val());
    val.sort(Comparator.comparingInt(SessionSeq::length));
    double[][] probs = new double[configs.size()][val.size()];
    Cost[] score = score(models, configs, val, probs);
    int[] labels = val.stream().mapToInt(SessionSeq::label).toArray();
    String load = Files.readString(Path.of("/proc/loadavg")).trim();
    long sequences = (long) counted * opt.batchSize();
    for (int c = 0; c < configs.size(); c++) {
      print(configs.get(c), counted, sequences, loss[c] / counted, train[c], feedMicros[c],
          2L * val.size(), score[c], Metrics.auc(probs[c], labels), load);
      models.get(c).close();
    }
  }

  /**
   * Trains every model on the same batches, interleaved; the first 3 steps are not counted. With
   * {@code -Dlevers.passes=P} the batches are trained P times and only the last pass counts (a
   * steady state: every batch shape has been seen, e.g. compiled by XLA).
   */
  private static Cost[] train(List<ModelSession> models, List<List<SessionSeq>> batches,
      double[] loss, TrainOptions opt) {
    int n = models.size();
    int passes = Integer.getInteger("levers.passes", 1);
    Cost[] cost = newCosts(n);
    for (int pass = 0; pass < passes; pass++) {
      for (int b = 0; b < batches.size(); b++) {
        boolean counted = pass == passes - 1 && b >= 3; // first steps build the graph
        for (int k = 0; k < n; k++) {
          int c = (k + b) % n; // rotate who goes first
          cost[c].start();
          float l = step(models.get(c), batches.get(b), (long) pass * batches.size() + b + 1, opt);
          cost[c].stop(counted);
          loss[c] += counted ? l : 0;
        }
      }
    }
    return cost;
  }

  /**
   * Scores the validation sessions three times (the first pass warms up, uncounted): each
   * configuration scores the same chunk of sessions in its own batch size before the next one
   * takes the chunk, so every configuration sees the same load whatever its batch size.
   */
  private static Cost[] score(List<ModelSession> models, List<Config> configs,
      List<SessionSeq> val, double[][] probs) {
    int n = models.size();
    Cost[] cost = newCosts(n);
    for (int rep = 0; rep < 3; rep++) {
      for (int chunk = 0; chunk * CHUNK < val.size(); chunk++) {
        for (int k = 0; k < n; k++) {
          int c = (k + chunk + rep) % n;
          int end = Math.min(val.size(), (chunk + 1) * CHUNK);
          for (int from = chunk * CHUNK; from < end; from += configs.get(c).batch()) {
            List<BatchFeed.Row> rows = Scorer.rows(
                val.subList(from, Math.min(end, from + configs.get(c).batch())));
            cost[c].start();
            float[] p = models.get(c).probabilities(rows);
            cost[c].stop(rep > 0);
            for (int i = 0; i < p.length; i++) {
              probs[c][from + i] = p[i];
            }
          }
        }
      }
    }
    return cost;
  }

  /** Microseconds to build (and close) one training batch's input tensors, the median of 3. */
  private static double feedMicros(List<List<SessionSeq>> batches, Config c) {
    double[] reps = new double[3];
    for (int rep = 0; rep < reps.length; rep++) {
      long t0 = System.nanoTime();
      for (List<SessionSeq> b : batches) {
        new BatchFeed(Scorer.rows(b)).close();
      }
      reps[rep] = (System.nanoTime() - t0) / 1e3 / batches.size();
    }
    java.util.Arrays.sort(reps);
    return reps[1];
  }

  private static Cost[] newCosts(int n) {
    Cost[] c = new Cost[n];
    for (int i = 0; i < n; i++) {
      c[i] = new Cost();
    }
    return c;
  }

  private static void print(Config k, int steps, long trained, double meanLoss, Cost train,
      double feedMicros, long scored, Cost score, double auc, String load) {
    Tuning t = k.tuning();
    System.out.printf("{\"config\": \"%s\", \"precision\": \"%s\", \"threads\": %d,"
        + " \"inter_op_threads\": %d, \"per_session_threads\": %b, \"jit\": \"%s\","
        + " \"inference_batch\": %d, \"steps\": %d,"
        + " \"train_sequences_per_second\": %.1f, \"train_sequences_per_cpu_second\": %.1f,"
        + " \"train_java_allocated_mb\": %.1f, \"train_gc_seconds\": %.2f,"
        + " \"feed_microseconds_per_training_batch\": %.0f, \"train_milliseconds_per_step\": %.0f,"
        + " \"mean_loss\": %.5f, \"inference_sequences_per_second\": %.1f,"
        + " \"inference_sequences_per_cpu_second\": %.1f, \"inference_java_allocated_mb\": %.1f,"
        + " \"val_auc\": %.4f, \"load_average_after\": \"%s\"}%n", k.name(),
        k.precision().id(), k.threads(), t.interOpThreads() > 0 ? t.interOpThreads() : k.threads(),
        t.perSessionThreads(), t.jit(), k.batch(), steps,
        trained / train.wall, trained / train.cpu, train.allocatedMb, train.gcSeconds, feedMicros,
        1e3 * train.wall / steps, meanLoss,
        scored / score.wall, scored / score.cpu, score.allocatedMb, auc, load);
  }

  private static float step(ModelSession m, List<SessionSeq> batch, long step,
      TrainOptions opt) {
    float[] labels = new float[batch.size()];
    float[] weights = new float[batch.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = batch.get(i).label();
      weights[i] = 1f;
    }
    return m.trainStep(Scorer.rows(batch), labels, weights, (float) opt.learningRate() / 2,
        step, opt.optimizer());
  }
}

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The benchmark's A/B harness for the train stage's speed levers: several configurations of the
 * seed model (precision, threads, inference batch size) trained and scored in one JVM,
 * interleaved batch by batch, so that every configuration sees the same load on a shared machine.
 * Prints one JSON object per configuration.
 *
 * <p>Usage: {@code LeversMain PREPROCESS_DIR STEPS NAME=precision:P,threads:N,batch:B ...}
 */
public final class LeversMain {
  private LeversMain() {}

  private record Config(String name, Precision precision, int threads, int batch) {
    static Config parse(String spec) {
      String[] kv = spec.split("=", 2);
      Map<String, String> o = new LinkedHashMap<>();
      for (String p : kv.length > 1 && !kv[1].isEmpty() ? kv[1].split(",") : new String[0]) {
        String[] x = p.split(":", 2);
        o.put(x[0], x[1]);
      }
      return new Config(kv[0], Precision.parse(o.getOrDefault("precision", "float32"))
          .resolve(Device.CPU), Integer.parseInt(o.getOrDefault("threads", "2")),
          Integer.parseInt(o.getOrDefault("batch", "64")));
    }
  }

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
          opt.optimizer(), opt.seed(), new Execution(Device.CPU, c.threads(), c.precision())));
    }
    int n = configs.size();
    List<List<SessionSeq>> batches = LengthBuckets.training(data.train(), opt.batchSize(), true,
        new Random(opt.seed())).stream().filter(b -> b.size() == opt.batchSize()).toList();
    double[] trainWall = new double[n];
    double[] trainCpu = new double[n];
    double[] loss = new double[n];
    long sequences = 0;
    for (int b = 0; b < Math.min(steps + 3, batches.size()); b++) {
      for (int k = 0; k < n; k++) {
        int c = (k + b) % n; // rotate who goes first
        long t0 = System.nanoTime();
        double c0 = CpuClock.seconds();
        float l = step(models.get(c), batches.get(b), b + 1, opt);
        if (b >= 3) { // the first steps build and optimise the graph
          trainWall[c] += (System.nanoTime() - t0) / 1e9;
          trainCpu[c] += CpuClock.seconds() - c0;
          loss[c] += l;
        }
      }
      sequences += b >= 3 ? batches.get(b).size() : 0;
    }
    List<SessionSeq> val = new ArrayList<>(data.val());
    val.sort(Comparator.comparingInt(SessionSeq::length));
    double[] inferWall = new double[n];
    double[] inferCpu = new double[n];
    double[][] probs = new double[n][val.size()];
    for (int rep = 0; rep < 3; rep++) { // the first pass warms the kernels up
      for (int b = 0; b * 16 < val.size(); b++) {
        for (int k = 0; k < n; k++) {
          int c = (k + b + rep) % n;
          int from = b * configs.get(c).batch();
          if (from >= val.size()) {
            continue;
          }
          List<BatchFeed.Row> rows = Scorer.rows(
              val.subList(from, Math.min(val.size(), from + configs.get(c).batch())));
          long t0 = System.nanoTime();
          double c0 = CpuClock.seconds();
          float[] p = models.get(c).probabilities(rows);
          if (rep > 0) {
            inferWall[c] += (System.nanoTime() - t0) / 1e9;
            inferCpu[c] += CpuClock.seconds() - c0;
          }
          for (int i = 0; i < p.length; i++) {
            probs[c][from + i] = p[i];
          }
        }
      }
    }
    int[] labels = val.stream().mapToInt(SessionSeq::label).toArray();
    String load = Files.readString(Path.of("/proc/loadavg")).trim();
    for (int c = 0; c < n; c++) {
      Config k = configs.get(c);
      System.out.printf("{\"config\": \"%s\", \"precision\": \"%s\", \"threads\": %d,"
          + " \"inference_batch\": %d, \"steps\": %d, \"train_sequences_per_second\": %.1f,"
          + " \"train_sequences_per_cpu_second\": %.1f, \"mean_loss\": %.5f,"
          + " \"inference_sequences_per_second\": %.1f,"
          + " \"inference_sequences_per_cpu_second\": %.1f, \"val_auc\": %.4f,"
          + " \"load_average_after\": \"%s\"}%n", k.name(), k.precision().id(), k.threads(),
          k.batch(), Math.min(steps, batches.size() - 3), sequences / trainWall[c],
          sequences / trainCpu[c], loss[c] / Math.min(steps, batches.size() - 3),
          2.0 * val.size() / inferWall[c], 2.0 * val.size() / inferCpu[c],
          Metrics.auc(probs[c], labels), load);
      models.get(c).close();
    }
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

package io.attnlift.train;

import io.attnlift.train.data.SequenceReader;
import io.attnlift.train.data.SessionSeq;
import io.attnlift.train.model.Device;
import io.attnlift.train.model.Execution;
import io.attnlift.train.model.ModelConfig;
import io.attnlift.train.model.ModelSession;
import io.attnlift.train.model.Precision;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a removal pass costs and how much of it is the Java side: {@code RemovalsCostMain
 * PREPROCESS_DIR SESSIONS [BATCH_TOKENS]} scores every held-out session three times, then runs
 * {@link Removals} twice with an untrained seed model on the first SESSIONS held-out sessions,
 * in batches of 64 rows grown to BATCH_TOKENS (default 0: exactly 64), and prints the wall times,
 * plain scoring's, and the calling thread's CPU time (building rows and records; TensorFlow
 * computes on its own threads). One setting per JVM: oneDNN keeps the kernels of every batch
 * shape it has seen, so a second setting in the same process would find them warm.
 */
public final class RemovalsCostMain {
  private RemovalsCostMain() {}

  public static void main(String[] a) throws Exception {
    TrainOptions opt = TrainOptions.defaults();
    ModelConfig cfg = opt.modelConfig();
    TrainData data = TrainData.read(Path.of(a[0]), cfg.maxLength());
    List<SessionSeq> heldOut = new ArrayList<>(data.test());
    heldOut.addAll(data.val());
    List<SessionSeq> sessions = heldOut.subList(0, Integer.parseInt(a[1]));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try (ModelSession m = new ModelSession(cfg, SequenceReader.vocabSizes(data.vocab()), -1.4f,
        opt.optimizer(), opt.seed(), new Execution(Device.CPU, 2,
            Precision.AUTO.resolve(Device.CPU)))) {
      Scorer scorer = new Scorer(64, a.length > 2 ? Integer.parseInt(a[2]) : 0);
      long plainStart = System.nanoTime();
      double plainCpu = CpuClock.seconds();
      for (int i = 0; i < 3; i++) {
        scorer.fresh().score(m, heldOut);
      }
      System.out.printf("plain scoring of %d held-out sessions, 3 times: %.2f s, process CPU"
          + " %.1f s%n", heldOut.size(), (System.nanoTime() - plainStart) / 1e9,
          CpuClock.seconds() - plainCpu);
      Removals removals = new Removals(scorer, 20);
      for (int rep = 0; rep < 2; rep++) {
        long[] rows = {0};
        long cpu0 = threads.getCurrentThreadCpuTime();
        double proc0 = CpuClock.seconds();
        Removals.Result r = removals.run(m, sessions, 0, x -> rows[0]++);
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        System.out.printf("pass %d: %d rows, %d re-scored, %.1f s (plain %.2f s, %.1fx),"
            + " calling thread CPU %.1f s, process CPU %.1f s%n", rep, rows[0], r.scored(),
            r.seconds(), r.plainSeconds(), r.costRatio(), cpu, CpuClock.seconds() - proc0);
      }
    }
  }
}

package io.attnlift.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.train.data.BatchFeed;
import io.attnlift.train.model.AdamW;
import io.attnlift.train.model.ModelConfig;
import io.attnlift.train.model.ModelGraph;
import io.attnlift.train.model.OptimizerConfig;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.types.TFloat32;

class GradientCoverageSpikeTest {
  public static void main(String[] a) { new GradientCoverageSpikeTest().spike(); }

  @Test
  void spike() {
    ToyWorld w = new ToyWorld(1, 20, -1);
    List<BatchFeed.Row> rows = w.draw(4000, "train").stream().filter(d -> d.session().length() == 20)
        .limit(64).map(d -> BatchFeed.Row.of(d.session())).collect(Collectors.toList());
    int[] sizes = {24, 6, 200, 200, 12, 8};
    try (Graph g = new Graph()) {
      ModelGraph mg = new ModelGraph(g, ModelConfig.seed(), sizes, -1f,
          new OptimizerConfig(0.9, 0.999, 1e-8, 0.0, 1.0), 42);
      org.tensorflow.proto.ConfigProto cp = org.tensorflow.proto.ConfigProto.newBuilder()
          .setIntraOpParallelismThreads(Integer.getInteger("intra", 2))
          .setInterOpParallelismThreads(Integer.getInteger("inter", 2)).build();
      try (Session s = new Session(g, cp)) {
        s.initialize();
        float[] labels = new float[64];
        float[] weights = new float[64];
        for (int i = 0; i < 64; i++) {
          labels[i] = rows.get(i).session().label();
          weights[i] = 1;
        }
        long t0 = System.nanoTime();
        int steps = Integer.getInteger("steps", 30);
        for (int step = 1; step <= steps + 5; step++) {
          try (BatchFeed feed = new BatchFeed(rows);
              TFloat32 lab = TFloat32.vectorOf(labels);
              TFloat32 wt = TFloat32.vectorOf(weights);
              TFloat32 lr = TFloat32.scalarOf(1e-3f);
              TFloat32 b1 = TFloat32.scalarOf((float) Math.pow(0.9, step));
              TFloat32 b2 = TFloat32.scalarOf((float) Math.pow(0.999, step));
              Result r = feed.feed(s.runner(), mg.inputs())
                  .feed(ModelGraph.LABEL, lab).feed(ModelGraph.WEIGHT, wt)
                  .feed(AdamW.LEARNING_RATE, lr).feed(AdamW.BETA1_POWER, b1)
                  .feed(AdamW.BETA2_POWER, b2)
                  .fetch(mg.loss()).fetch(mg.optimizer().gradNorm())
                  .addTarget(mg.optimizer().step()).run()) {
            if (step == 5) { t0 = System.nanoTime(); }
            if (step % 10 == 0 || step == 1) {
              System.out.println("step " + step + " loss " + ((TFloat32) r.get(0)).getFloat()
                  + " gn " + ((TFloat32) r.get(1)).getFloat() + " width " + feed.width());
            }
          }
        }
        System.out.println("seq/s " + 64.0 * steps / ((System.nanoTime() - t0) / 1e9));
        try (BatchFeed feed = new BatchFeed(rows);
            Result r = feed.feed(s.runner(), mg.inputs()).fetch(mg.probability())
                .fetch(mg.attention()).fetch(mg.gradientXInput()).run()) {
          System.out.println(r.get(1).shape() + " " + r.get(2).shape());
        }
      }
    }
    assertTrue(true);
  }
}

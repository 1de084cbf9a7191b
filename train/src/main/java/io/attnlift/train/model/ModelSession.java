package io.attnlift.train.model;

import io.attnlift.train.data.BatchFeed;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.types.TFloat32;

/**
 * A built graph with its session: one training step, inference, explanations, weight snapshots
 * and the SavedModel export. Closing it closes the sessions and the graph.
 *
 * <p>In bfloat16 the model has two sessions over the one graph: the training session (bfloat16
 * matrix products in the training pass) and a scoring session (oneDNN's bfloat16 rewrite of the
 * inference pass). Sessions do not share variables, so the scoring session gets the training
 * session's weights before it scores, whenever they changed.
 */
public final class ModelSession implements AutoCloseable {
  /** An explained batch: per row the probability, CLS attention, per-layer attention, gxi. */
  public record Explanation(float[] probability, float[][] attention, float[][][][] layers,
      float[][] gradientXInput) {}

  private final Graph graph;
  private final ModelGraph model;
  private final Session session;
  private final Session scoring;
  private boolean scoringStale;

  /** Builds the graph and starts its session(s) with freshly initialised weights. */
  public ModelSession(ModelConfig cfg, int[] vocabSizes, float priorLogit, OptimizerConfig opt,
      long seed, Execution execution) {
    this.graph = new Graph();
    Session training = null;
    try {
      boolean bf16 = execution.precision() == Precision.BFLOAT16;
      this.model = new ModelGraph(graph, cfg, vocabSizes, priorLogit, opt, seed, bf16);
      training = new Session(graph, execution.trainingConfig());
      training.initialize();
      this.session = training;
      this.scoring = bf16 ? new Session(graph, execution.scoringConfig()) : training;
      if (scoring != training) {
        scoring.initialize();
      }
      scoringStale = scoring != session;
    } catch (RuntimeException e) {
      if (training != null) {
        training.close();
      }
      graph.close();
      throw e;
    }
  }

  /**
   * One AdamW step on a batch.
   *
   * @param step 1-based, for Adam's bias corrections
   * @return the batch's weighted loss before the update
   */
  public float trainStep(List<BatchFeed.Row> rows, float[] labels, float[] weights, float lr,
      long step, OptimizerConfig opt) {
    try (BatchFeed feed = feed(rows);
        TFloat32 label = TFloat32.vectorOf(labels);
        TFloat32 weight = TFloat32.vectorOf(weights);
        TFloat32 rate = TFloat32.scalarOf(lr);
        TFloat32 b1 = TFloat32.scalarOf((float) Math.pow(opt.beta1(), step));
        TFloat32 b2 = TFloat32.scalarOf((float) Math.pow(opt.beta2(), step));
        Result r = feed.feed(session.runner(), model.inputs())
            .feed(ModelGraph.LABEL, label)
            .feed(ModelGraph.WEIGHT, weight)
            .feed(AdamW.LEARNING_RATE, rate)
            .feed(AdamW.BETA1_POWER, b1)
            .feed(AdamW.BETA2_POWER, b2)
            .fetch(model.loss())
            .addTarget(model.optimizer().step())
            .run()) {
      scoringStale = scoring != session;
      return ((TFloat32) r.get(0)).getFloat();
    }
  }

  /** The logit of each row (dropout off). */
  public float[] logits(List<BatchFeed.Row> rows) {
    try (BatchFeed feed = feed(rows);
        Result r = feed.feed(scorer().runner(), model.inputs()).fetch(model.logit()).run()) {
      return vector((TFloat32) r.get(0), rows.size());
    }
  }

  /** The conversion probability of each row (dropout off). */
  public float[] probabilities(List<BatchFeed.Row> rows) {
    try (BatchFeed feed = feed(rows);
        Result r = feed.feed(scorer().runner(), model.inputs()).fetch(model.probability())
            .run()) {
      return vector((TFloat32) r.get(0), rows.size());
    }
  }

  /** Probability, attention, per-layer attention and gradient x input of each row. */
  public Explanation explain(List<BatchFeed.Row> rows) {
    try (BatchFeed feed = feed(rows);
        Result r = feed.feed(scorer().runner(), model.inputs())
            .fetch(model.probability())
            .fetch(model.attention())
            .fetch(model.attentionLayers())
            .fetch(model.gradientXInput())
            .run()) {
      int b = rows.size();
      int t = feed.width();
      float[] p = vector((TFloat32) r.get(0), b);
      float[][] att = matrix((TFloat32) r.get(1), b, t);
      float[][] gxi = matrix((TFloat32) r.get(3), b, t);
      TFloat32 layers = (TFloat32) r.get(2); // [B, L, T+1, T+1]
      int nl = (int) layers.shape().get(1);
      float[] flat = new float[(int) layers.shape().size()];
      layers.asRawTensor().data().asFloats().read(flat);
      float[][][][] lay = new float[b][nl][t + 1][t + 1];
      int k = 0;
      for (int i = 0; i < b; i++) {
        for (int l = 0; l < nl; l++) {
          for (int q = 0; q <= t; q++) {
            System.arraycopy(flat, k, lay[i][l][q], 0, t + 1);
            k += t + 1;
          }
        }
      }
      return new Explanation(p, att, lay, gxi);
    }
  }

  /** The current weights. */
  public float[][] snapshot() {
    return model.weights().snapshot(session);
  }

  /** Sets the weights to a snapshot. */
  public void restore(float[][] weights) {
    model.weights().restore(session, weights);
    scoringStale = scoring != session;
  }

  private BatchFeed feed(List<BatchFeed.Row> rows) {
    return new BatchFeed(rows);
  }

  /** The session that scores, holding the current weights. */
  private Session scorer() {
    if (scoringStale) {
      model.weights().restore(scoring, model.weights().snapshot(session));
      scoringStale = false;
    }
    return scoring;
  }

  /** Writes a SavedModel with the {@code serve} and {@code explain} signatures into dir. */
  public void export(Path dir) throws IOException {
    SavedModelBundle.exporter(dir.toString())
        .withSession(session)
        .withSignature(model.serveSignature())
        .withSignature(model.explainSignature())
        .export();
  }

  /** The number of trainable scalars. */
  public long parameterCount() {
    return model.params().count();
  }

  private static float[] vector(TFloat32 t, int n) {
    float[] out = new float[n];
    t.asRawTensor().data().asFloats().read(out);
    return out;
  }

  private static float[][] matrix(TFloat32 t, int rows, int cols) {
    float[] flat = new float[rows * cols];
    t.asRawTensor().data().asFloats().read(flat);
    float[][] out = new float[rows][cols];
    for (int i = 0; i < rows; i++) {
      System.arraycopy(flat, i * cols, out[i], 0, cols);
    }
    return out;
  }

  @Override
  public void close() {
    try {
      if (scoring != session) {
        scoring.close();
      }
      session.close();
    } finally {
      graph.close();
    }
  }
}

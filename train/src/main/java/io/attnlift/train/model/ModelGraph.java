package io.attnlift.train.model;

import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Signature;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The whole graph: the model's inputs, a training pass (dropout on) with its weighted loss and
 * AdamW update, and an inference pass (dropout off) with the probability and the explanations
 * (attention, per-layer attention, gradient x input), both over the same variables. The training
 * pass may run its matrix products in bfloat16; the inference pass is float32 in the graph (a
 * scoring session may still run it in bfloat16 through oneDNN's rewrite).
 */
public final class ModelGraph {
  public static final String SERVE = "serve";
  public static final String EXPLAIN = "explain";
  public static final String PROBABILITY = "probability";
  public static final String LOGIT = "logit";
  public static final String ATTENTION = "attention";
  public static final String ATTENTION_LAYERS = "attention_layers";
  public static final String GRADIENT_X_INPUT = "gradient_x_input";
  public static final String LABEL = "train.label";
  public static final String WEIGHT = "train.weight";
  public static final String LOSS = "train.loss";

  private final Inputs inputs;
  private final Params params;
  private final AdamW optimizer;
  private final Operand<TFloat32> loss;
  private final Operand<TFloat32> logit;
  private final Operand<TFloat32> probability;
  private final Operand<TFloat32> attention;
  private final Operand<TFloat32> attentionLayers;
  private final Operand<TFloat32> gradientXInput;
  private final Weights weights;

  /** Builds the graph for a model configuration and the hyper-parameters of its optimizer. */
  public ModelGraph(Graph graph, ModelConfig cfg, int[] vocabSizes, float priorLogit,
      OptimizerConfig opt, long seed, boolean bfloat16Training) {
    Ops tf = Ops.create(graph);
    this.inputs = Inputs.placeholders(tf);
    this.params = new Params(tf, seed);
    SessionTransformer model = new SessionTransformer(params, cfg, vocabSizes, priorLogit);
    Operand<TInt32> shape = tf.shape(inputs.events());
    Operand<TInt32> batch = tf.gather(shape, tf.constant(0), tf.constant(0));
    Operand<TInt32> tokens = tf.math.add(tf.gather(shape, tf.constant(1), tf.constant(0)),
        tf.constant(1));

    Pass train = new Pass(tf.withSubScope("train_pass"), batch, tokens, true, cfg.dropout(), seed,
        bfloat16Training);
    SessionTransformer.Forward t = model.forward(train, inputs);
    this.loss = weightedLoss(tf, t.logit());
    this.optimizer = new AdamW(graph, tf, params, loss, opt.beta1(), opt.beta2(), opt.epsilon(),
        opt.weightDecay(), opt.clipNorm());

    Pass infer = new Pass(tf.withSubScope("infer_pass"), batch, tokens, false, 0, seed, false);
    SessionTransformer.Forward f = model.forward(infer, inputs);
    this.logit = tf.withName(LOGIT).identity(f.logit());
    this.probability = tf.withName(PROBABILITY).math.sigmoid(f.logit());
    List<Operand<TFloat32>> perLayer = new ArrayList<>();
    for (Operand<TFloat32> a : f.attention()) {
      perLayer.add(tf.math.mean(a, tf.constant(1))); // [B, T+1, T+1], mean over heads
    }
    this.attentionLayers = tf.withName(ATTENTION_LAYERS)
        .stack(perLayer, org.tensorflow.op.core.Stack.axis(1L)); // [B, layers, T+1, T+1]
    Operand<TFloat32> clsRow = tf.gather(tf.math.mean(attentionLayers, tf.constant(1)),
        tf.constant(0), tf.constant(1)); // [B, T+1]
    this.attention = tf.withName(ATTENTION).slice(clsRow, tf.constant(new int[] {0, 1}),
        tf.constant(new int[] {-1, -1})); // [B, T]: CLS → each event
    this.gradientXInput = gradientXInput(graph, tf, f, batch, cfg);
    this.weights = new Weights(tf, params);
  }

  /** Mean of w * BCE(logit, label) / mean of w, in the stable form. */
  private static Operand<TFloat32> weightedLoss(Ops tf, Operand<TFloat32> logit) {
    Placeholder<TFloat32> label =
        tf.withName(LABEL).placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1)));
    Placeholder<TFloat32> weight =
        tf.withName(WEIGHT).placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1)));
    // max(x, 0) - x z + log(1 + exp(-|x|))
    Operand<TFloat32> bce = tf.math.add(tf.math.sub(tf.nn.relu(logit), tf.math.mul(logit, label)),
        tf.math.log1p(tf.math.exp(tf.math.neg(tf.math.abs(logit)))));
    Operand<TFloat32> total = tf.sum(tf.math.mul(bce, weight), tf.constant(0));
    return tf.withName(LOSS).math.div(total, tf.sum(weight, tf.constant(0)));
  }

  /** Per event: sum over d of d logit / d x0 * x0, on the projected input x0; [B, T]. */
  private static Operand<TFloat32> gradientXInput(Graph graph, Ops tf,
      SessionTransformer.Forward f, Operand<TInt32> batch, ModelConfig cfg) {
    Output<?>[] grad = graph.addGradients("explain_gradients",
        new Output<?>[] {tf.sum(f.logit(), tf.constant(0)).asOutput()},
        new Output<?>[] {f.projectedInput().asOutput()}, null);
    @SuppressWarnings("unchecked")
    Operand<TFloat32> g = (Output<TFloat32>) grad[0]; // [B*T, d]
    Operand<TFloat32> perEvent = tf.sum(tf.math.mul(g, f.projectedInput()), tf.constant(1),
        org.tensorflow.op.core.Sum.keepDims(false)); // [B*T]
    Operand<TFloat32> bt = tf.reshape(perEvent, tf.stack(List.of(batch, tf.constant(-1))));
    return tf.withName(GRADIENT_X_INPUT).math.mul(bt, f.valid()); // [B, T]
  }

  /** {@code serve}: the nine sequence columns → probability [B]. */
  public Signature serveSignature() {
    return withInputs(Signature.builder(SERVE)).output(PROBABILITY, probability).build();
  }

  /** {@code explain}: probability, attention [B, T], per-layer attention, gradient x input. */
  public Signature explainSignature() {
    return withInputs(Signature.builder(EXPLAIN))
        .output(PROBABILITY, probability)
        .output(ATTENTION, attention)
        .output(ATTENTION_LAYERS, attentionLayers)
        .output(GRADIENT_X_INPUT, gradientXInput)
        .build();
  }

  private Signature.Builder withInputs(Signature.Builder b) {
    List<String> names = Inputs.names();
    List<Operand<?>> all = inputs.all();
    for (int i = 0; i < names.size(); i++) {
      b.input(names.get(i), all.get(i));
    }
    return b;
  }

  public Inputs inputs() {
    return inputs;
  }

  public Weights weights() {
    return weights;
  }

  public Params params() {
    return params;
  }

  public AdamW optimizer() {
    return optimizer;
  }

  public Operand<TFloat32> loss() {
    return loss;
  }

  public Operand<TFloat32> logit() {
    return logit;
  }

  public Operand<TFloat32> probability() {
    return probability;
  }

  public Operand<TFloat32> attention() {
    return attention;
  }

  public Operand<TFloat32> attentionLayers() {
    return attentionLayers;
  }

  public Operand<TFloat32> gradientXInput() {
    return gradientXInput;
  }

}

package io.attnlift.train.model;

import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * Adam with decoupled weight decay and global-norm clipping, built from {@code tf.train.applyAdam}
 * so that the learning rate (warm-up, decay) and the bias corrections are fed at every step.
 */
public final class AdamW {
  /** Names of the scalars fed at each step. */
  public static final String LEARNING_RATE = "train.learning_rate";
  public static final String BETA1_POWER = "train.beta1_power";
  public static final String BETA2_POWER = "train.beta2_power";
  public static final String STEP = "train.step";
  public static final String GRAD_NORM = "train.grad_norm";

  private final Op step;
  private final Operand<TFloat32> gradNorm;

  /**
   * Builds the gradients of {@code loss} for every parameter and one op that updates them all.
   *
   * @param clipNorm the global gradient norm above which gradients are scaled down
   */
  public AdamW(Graph graph, Ops tf, Params params, Operand<TFloat32> loss, double beta1,
      double beta2, double epsilon, double weightDecay, double clipNorm) {
    List<Params.Param> ps = params.all();
    Output<?>[] vars = new Output<?>[ps.size()];
    for (int i = 0; i < vars.length; i++) {
      vars[i] = ps.get(i).variable().asOutput();
    }
    Output<?>[] grads = graph.addGradients(loss.asOutput(), vars);
    Ops t = tf.withSubScope("train");
    Placeholder<TFloat32> lr = tf.withName(LEARNING_RATE).placeholder(TFloat32.class,
        Placeholder.shape(Shape.scalar()));
    Placeholder<TFloat32> b1p = tf.withName(BETA1_POWER).placeholder(TFloat32.class,
        Placeholder.shape(Shape.scalar()));
    Placeholder<TFloat32> b2p = tf.withName(BETA2_POWER).placeholder(TFloat32.class,
        Placeholder.shape(Shape.scalar()));

    List<Operand<TFloat32>> squares = new ArrayList<>();
    for (int i = 0; i < grads.length; i++) {
      if (grads[i] == null) {
        throw new IllegalStateException("no gradient reaches " + ps.get(i).name());
      }
      squares.add(t.sum(t.math.square(floats(grads[i])), allAxes(t, ps.get(i).shape())));
    }
    this.gradNorm = tf.withName(GRAD_NORM).math.sqrt(t.math.addN(squares));
    Operand<TFloat32> clip = t.constant((float) clipNorm);
    Operand<TFloat32> scale = t.math.div(clip, t.math.maximum(gradNorm, clip));

    List<Op> updates = new ArrayList<>();
    for (int i = 0; i < grads.length; i++) {
      Params.Param p = ps.get(i);
      Variable<TFloat32> m = slot(tf, p, "adam_m");
      Variable<TFloat32> v = slot(tf, p, "adam_v");
      Op adam = t.train.applyAdam(p.variable(), m, v, b1p, b2p, lr,
          t.constant((float) beta1), t.constant((float) beta2), t.constant((float) epsilon),
          t.math.mul(floats(grads[i]), scale));
      if (p.decay() && weightDecay > 0) {
        Operand<TFloat32> rate = t.math.mul(lr, t.constant((float) weightDecay));
        updates.add(t.withControlDependencies(adam)
            .assignSub(p.variable(), t.math.mul(p.variable(), rate)));
      } else {
        updates.add(adam);
      }
    }
    this.step = tf.withName(STEP).withControlDependencies(updates).noOp();
  }

  /** The op that applies one update. */
  public Op step() {
    return step;
  }

  /** The global gradient norm before clipping. */
  public Operand<TFloat32> gradNorm() {
    return gradNorm;
  }

  private static Variable<TFloat32> slot(Ops tf, Params.Param p, String kind) {
    String name = p.name() + "." + kind;
    Ops init = tf.withInitScope();
    Operand<TFloat32> zeros = init.fill(init.constant(p.shape()), init.constant(0f));
    return tf.withName(name).variable(zeros, Variable.sharedName(name));
  }

  @SuppressWarnings("unchecked")
  private static Operand<TFloat32> floats(Output<?> o) {
    return (Output<TFloat32>) o;
  }

  private static Operand<org.tensorflow.types.TInt32> allAxes(Ops tf, Shape shape) {
    int[] axes = new int[shape.numDimensions()];
    for (int i = 0; i < axes.length; i++) {
      axes[i] = i;
    }
    return tf.constant(axes);
  }
}

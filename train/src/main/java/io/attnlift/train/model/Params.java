package io.attnlift.train.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.op.random.TruncatedNormal;
import org.tensorflow.types.TFloat32;

/**
 * Creates the model's trainable variables, each under a unique name that is also its shared name,
 * with seeded initial values, and remembers them for the optimizer and the best-weights snapshot.
 */
public final class Params {
  /** One trainable variable. */
  public record Param(String name, Variable<TFloat32> variable, Shape shape, boolean decay) {}

  private final Ops tf;
  private final long seed;
  private final List<Param> all = new ArrayList<>();
  private final Set<String> names = new HashSet<>();

  public Params(Ops tf, long seed) {
    this.tf = tf;
    this.seed = seed;
  }

  /** A weight matrix [rows, cols] drawn from a truncated normal of the given deviation. */
  public Variable<TFloat32> matrix(String name, long rows, long cols, double std) {
    return random(name, Shape.of(rows, cols), std, true);
  }

  /** An embedding table [rows, cols]; row 0 (padding) is trained like any other. */
  public Variable<TFloat32> table(String name, long rows, long cols, double std) {
    return random(name, Shape.of(rows, cols), std, true);
  }

  /** A tensor of any shape filled with one value (biases, layer-norm gains). */
  public Variable<TFloat32> filled(String name, Shape shape, float value) {
    Ops init = tf.withInitScope();
    Operand<TFloat32> v = init.fill(init.constant(shape), init.constant(value));
    return register(name, shape, v, false);
  }

  /** A tensor drawn from a truncated normal; {@code decay} says whether weight decay applies. */
  public Variable<TFloat32> random(String name, Shape shape, double std, boolean decay) {
    Ops init = tf.withInitScope();
    long opSeed = all.size() + 1L;
    Operand<TFloat32> v =
        init.math.mul(
            init.random.truncatedNormal(
                init.constant(shape),
                TFloat32.class,
                TruncatedNormal.seed(seed),
                TruncatedNormal.seed2(opSeed)),
            init.constant((float) std));
    return register(name, shape, v, decay);
  }

  private Variable<TFloat32> register(String name, Shape shape, Operand<TFloat32> init,
      boolean decay) {
    if (!names.add(name)) {
      throw new IllegalStateException("duplicate variable name " + name);
    }
    Variable<TFloat32> var = tf.withName(name).variable(init, Variable.sharedName(name));
    all.add(new Param(name, var, shape, decay));
    return var;
  }

  /** Every trainable variable, in creation order. */
  public List<Param> all() {
    return List.copyOf(all);
  }

  /** The number of trainable scalars. */
  public long count() {
    return all.stream().mapToLong(p -> p.shape().size()).sum();
  }
}

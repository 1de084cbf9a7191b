package io.attnlift.train.model;

import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Assign;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * Copies the trainable weights out of a session and back, to keep the best epoch's weights while
 * training goes on (early stopping restores them at the end).
 */
public final class Weights {
  private final List<Params.Param> params;
  private final List<Placeholder<TFloat32>> feeds = new ArrayList<>();
  private final List<Assign<TFloat32>> assigns = new ArrayList<>();

  /** Builds one placeholder and one assign op per parameter; call before the session starts. */
  public Weights(Ops tf, Params params) {
    this.params = params.all();
    for (Params.Param p : this.params) {
      String name = "restore." + p.name().replace('/', '.');
      Placeholder<TFloat32> in = tf.withName(name).placeholder(TFloat32.class,
          Placeholder.shape(p.shape()));
      feeds.add(in);
      assigns.add(tf.withName(name + ".assign").assign(p.variable(), in));
    }
  }

  /** The current values of every parameter. */
  public float[][] snapshot(Session session) {
    Session.Runner r = session.runner();
    params.forEach(p -> r.fetch(p.variable()));
    float[][] out = new float[params.size()][];
    try (Result res = r.run()) {
      for (int i = 0; i < out.length; i++) {
        out[i] = new float[(int) params.get(i).shape().size()];
        ((TFloat32) res.get(i)).asRawTensor().data().asFloats().read(out[i]);
      }
    }
    return out;
  }

  /** Sets every parameter to a snapshot's values. */
  public void restore(Session session, float[][] values) {
    List<Tensor> tensors = new ArrayList<>();
    try {
      Session.Runner r = session.runner();
      for (int i = 0; i < values.length; i++) {
        TFloat32 t = TFloat32.tensorOf(params.get(i).shape(),
            DataBuffers.of(values[i], true, false));
        tensors.add(t);
        r.feed(feeds.get(i), t).addTarget(assigns.get(i));
      }
      r.run().close();
    } finally {
      tensors.forEach(Tensor::close);
    }
  }
}

package io.attnlift.train.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

class GeluTest {
  @Test
  void theTrainingPassesSigmoidFormIsTheInferencePassesTanhForm() {
    float[] x = new float[801];
    for (int i = 0; i < x.length; i++) {
      x[i] = -8f + i * 0.02f;
    }
    try (Graph g = new Graph(); Session s = new Session(g)) {
      Ops tf = Ops.create(g);
      Operand<TFloat32> in = tf.constant(x);
      Pass training = new Pass(tf, tf.constant(1), tf.constant(1), true, 0, 1, false);
      Pass inference = new Pass(tf, tf.constant(1), tf.constant(1), false, 0, 1, false);
      try (Result r = s.runner().fetch(FeedForward.gelu(training, in))
          .fetch(FeedForward.gelu(inference, in)).run()) {
        float[] a = new float[x.length];
        float[] b = new float[x.length];
        ((TFloat32) r.get(0)).asRawTensor().data().asFloats().read(a);
        ((TFloat32) r.get(1)).asRawTensor().data().asFloats().read(b);
        for (int i = 0; i < x.length; i++) {
          double exact = 0.5 * x[i] * (1 + Math.tanh(Math.sqrt(2 / Math.PI)
              * (x[i] + 0.044715 * Math.pow(x[i], 3))));
          assertEquals(exact, b[i], 1e-5, "tanh form at " + x[i]);
          assertEquals(b[i], a[i], 2e-6 + 1e-6 * Math.abs(b[i]), "sigmoid form at " + x[i]);
        }
      }
    }
  }
}

package io.attnlift.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.attnlift.train.model.Pass;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

class DropoutTest {
  @Test
  void dropoutKeepsNineInTenAndScalesTheKeptUp() {
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      Pass train = new Pass(tf, tf.constant(1), tf.constant(1), true, 0.1, 7, false);
      Pass infer = new Pass(tf, tf.constant(1), tf.constant(1), false, 0.1, 7, false);
      Operand<TFloat32> ones = tf.fill(tf.constant(new int[] {1001, 63}), tf.constant(1f));
      Operand<TFloat32> dropped = train.dropout(ones);
      Operand<TFloat32> kept = tf.math.mean(tf.dtypes.cast(tf.math.greater(dropped,
          tf.constant(0f)), TFloat32.class), tf.constant(new int[] {0, 1}));
      Operand<TFloat32> mean = tf.math.mean(dropped, tf.constant(new int[] {0, 1}));
      Operand<TFloat32> max = tf.max(dropped, tf.constant(new int[] {0, 1}));
      try (Session s = new Session(g);
          Result r = s.runner().fetch(kept).fetch(mean).fetch(max).run()) {
        assertEquals(0.9, ((TFloat32) r.get(0)).getFloat(), 0.005); // 63,063 draws
        assertEquals(1.0, ((TFloat32) r.get(1)).getFloat(), 0.006);
        assertEquals(65536f / 58982f, ((TFloat32) r.get(2)).getFloat(), 1e-6);
      }
      assertEquals(ones, infer.dropout(ones));
    }
  }
}

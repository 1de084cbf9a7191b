package io.attnlift.train.data;

import io.attnlift.train.model.Inputs;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The input tensors of one batch, padded to the batch's own longest session: nine [B, T] tensors
 * filled from flat arrays. A row may hide some of its events (occlusion, deletion tests): a hidden
 * event gets index 0 in every categorical input, so the key-padding mask removes it from what the
 * model sees. Closing the feed closes its tensors.
 */
public final class BatchFeed implements AutoCloseable {
  /** One row: a session and the positions hidden from the model (none when null). */
  public record Row(SessionSeq session, BitSet hidden) {
    public static Row of(SessionSeq s) {
      return new Row(s, null);
    }
  }

  private final List<Tensor> tensors = new ArrayList<>();
  private final int rows;
  private final int width;

  /** Builds the tensors of the given rows. */
  public BatchFeed(List<Row> batch) {
    this.rows = batch.size();
    int w = 1;
    for (Row r : batch) {
      w = Math.max(w, r.session().length());
    }
    this.width = w;
    Shape shape = Shape.of(rows, width);
    for (Feature f : Feature.values()) {
      int[] flat = new int[rows * width];
      for (int i = 0; i < rows; i++) {
        Row r = batch.get(i);
        int[] src = r.session().indices()[f.ordinal()];
        System.arraycopy(src, 0, flat, i * width, src.length);
        if (r.hidden() != null) {
          for (int p = r.hidden().nextSetBit(0); p >= 0; p = r.hidden().nextSetBit(p + 1)) {
            flat[i * width + p] = 0;
          }
        }
      }
      tensors.add(TInt32.tensorOf(shape, DataBuffers.of(flat, true, false)));
    }
    for (int c = 0; c < Inputs.CONTINUOUS_COLUMNS.size(); c++) {
      float[] flat = new float[rows * width];
      for (int i = 0; i < rows; i++) {
        float[] src = batch.get(i).session().continuous()[c];
        System.arraycopy(src, 0, flat, i * width, src.length);
      }
      tensors.add(TFloat32.tensorOf(shape, DataBuffers.of(flat, true, false)));
    }
  }

  /** Feeds the nine inputs to a runner. */
  public Session.Runner feed(Session.Runner runner, Inputs inputs) {
    for (int i = 0; i < tensors.size(); i++) {
      runner.feed(inputs.all().get(i), tensors.get(i));
    }
    return runner;
  }

  /** The inputs by name, for a signature call. */
  public java.util.Map<String, Tensor> byName() {
    java.util.Map<String, Tensor> m = new java.util.LinkedHashMap<>();
    List<String> names = Inputs.names();
    for (int i = 0; i < names.size(); i++) {
      m.put(names.get(i), tensors.get(i));
    }
    return m;
  }

  public int rows() {
    return rows;
  }

  /** T, the padded length. */
  public int width() {
    return width;
  }

  @Override
  public void close() {
    tensors.forEach(Tensor::close);
  }
}

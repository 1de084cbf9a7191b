package io.attnlift.train.model;

import io.attnlift.train.data.Feature;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The model's inputs, one placeholder per sequences column, all [B, T]: the six {@code *_idx}
 * columns (0 is padding) and the three continuous ones. The placeholder names are the column
 * names, so the SavedModel's signatures take the sequences contract as it is.
 *
 * @param indices one per {@link Feature}, in its order
 * @param continuous event_rank, time_delta, is_nv
 */
public record Inputs(List<Placeholder<TInt32>> indices, List<Placeholder<TFloat32>> continuous) {
  /** The continuous columns, in input order. */
  public static final List<String> CONTINUOUS_COLUMNS = List.of("event_rank", "time_delta", "is_nv");

  /** Creates the nine placeholders. */
  public static Inputs placeholders(Ops tf) {
    Shape bt = Shape.of(-1, -1);
    List<Placeholder<TInt32>> idx = new ArrayList<>();
    for (Feature f : Feature.values()) {
      idx.add(tf.withName(f.indexColumn())
          .placeholder(TInt32.class, Placeholder.shape(bt)));
    }
    List<Placeholder<TFloat32>> cont = new ArrayList<>();
    for (String c : CONTINUOUS_COLUMNS) {
      cont.add(tf.withName(c).placeholder(TFloat32.class, Placeholder.shape(bt)));
    }
    return new Inputs(List.copyOf(idx), List.copyOf(cont));
  }

  /** The EVENT indices, whose zeros mark padding. */
  public Operand<TInt32> events() {
    return indices.get(Feature.EVENT.ordinal());
  }

  /** Every input with its name, in a stable order. */
  public List<Operand<?>> all() {
    List<Operand<?>> all = new ArrayList<>(indices);
    all.addAll(continuous);
    return all;
  }

  /** Every input's name, in the order of {@link #all()}. */
  public static List<String> names() {
    List<String> names = new ArrayList<>();
    for (Feature f : Feature.values()) {
      names.add(f.indexColumn());
    }
    names.addAll(CONTINUOUS_COLUMNS);
    return names;
  }
}

package io.attnlift.train.data;

import io.attnlift.common.Contract;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.StageException;
import io.attnlift.common.Vocabulary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.GenericRecord;

/**
 * Reads one split of the sequences contract into memory and checks every row against the
 * vocabulary and the model's maximum length, naming the file's split, the session, the column and
 * the value of the first problem.
 */
public final class SequenceReader {
  private final int[] vocabSizes;
  private final int maxLength;
  /** One copy of each raw value: a session's events repeat a few hundred distinct strings. */
  private final java.util.Map<String, String> pool = new java.util.HashMap<>();

  public SequenceReader(Vocabulary vocab, int maxLength) {
    this.vocabSizes = vocabSizes(vocab);
    this.maxLength = maxLength;
  }

  /** The number of indices of each {@link Feature}, failing when the vocabulary lacks one. */
  public static int[] vocabSizes(Vocabulary vocab) {
    int[] sizes = new int[Feature.values().length];
    for (Feature f : Feature.values()) {
      sizes[f.ordinal()] = vocab.size(f.vocabName());
      if (sizes[f.ordinal()] < 2) {
        throw StageException.badInput("vocabulary feature '%s' has %d tokens; it needs at least"
            + " the padding and out-of-vocabulary tokens", f.vocabName(), sizes[f.ordinal()]);
      }
    }
    return sizes;
  }

  /**
   * Reads every session of a split folder, e.g. {@code sequences/train}, in session id order: the
   * contract leaves the order of rows to the writer (a parallel runner's order changes from run to
   * run), and the model trained on them must not depend on it.
   */
  public List<SessionSeq> read(Path splitDir, String split) throws IOException {
    List<SessionSeq> out = new ArrayList<>();
    ParquetFiles.read(splitDir, Contract.SEQUENCES, r -> out.add(parse(r, splitDir, split)));
    out.sort(java.util.Comparator.comparing(SessionSeq::sessionId));
    return out;
  }

  private SessionSeq parse(GenericRecord r, Path where, String split) {
    String id = r.get("session_id").toString();
    String rowSplit = r.get("split").toString();
    if (!rowSplit.equals(split)) {
      throw bad(where, id, "split", rowSplit + " (the folder is " + split + ")");
    }
    int label = (Integer) r.get("label");
    if (label != 0 && label != 1) {
      throw bad(where, id, "label", label);
    }
    int length = (Integer) r.get("length");
    if (length < 1 || length > maxLength) {
      throw bad(where, id, "length", length + " (expected 1.." + maxLength + ")");
    }
    int[][] idx = new int[Feature.values().length][];
    for (Feature f : Feature.values()) {
      idx[f.ordinal()] = ints(r, f.indexColumn(), length, where, id);
      for (int v : idx[f.ordinal()]) {
        if (v < 1 || v >= vocabSizes[f.ordinal()]) {
          throw StageException.badInput("%s: session %s, column %s holds index %d but the"
              + " vocabulary's '%s' has %d tokens (1..%d allowed): the vocabulary does not match"
              + " the shards", where, id, f.indexColumn(), v, f.vocabName(),
              vocabSizes[f.ordinal()], vocabSizes[f.ordinal()] - 1);
        }
      }
    }
    float[][] cont = new float[3][];
    for (int c = 0; c < 3; c++) {
      String col = io.attnlift.train.model.Inputs.CONTINUOUS_COLUMNS.get(c);
      cont[c] = floats(r, col, length, where, id);
    }
    String[][] raw = new String[RawColumn.values().length][];
    for (RawColumn c : RawColumn.values()) {
      raw[c.ordinal()] = strings(r, c.column(), length, where, id);
    }
    return new SessionSeq(id, r.get("user_id").toString(), split, label, idx, cont, raw);
  }

  private static List<?> list(GenericRecord r, String col, int length, Path where, String id) {
    List<?> l = (List<?>) r.get(col);
    if (l == null || l.size() != length) {
      throw bad(where, id, col, "an array of " + (l == null ? "null" : l.size())
          + " values where length is " + length);
    }
    return l;
  }

  private static int[] ints(GenericRecord r, String col, int length, Path where, String id) {
    List<?> l = list(r, col, length, where, id);
    int[] a = new int[length];
    for (int i = 0; i < length; i++) {
      a[i] = (Integer) l.get(i);
    }
    return a;
  }

  private static float[] floats(GenericRecord r, String col, int length, Path where, String id) {
    List<?> l = list(r, col, length, where, id);
    float[] a = new float[length];
    for (int i = 0; i < length; i++) {
      a[i] = (Float) l.get(i);
      if (!Float.isFinite(a[i])) {
        throw bad(where, id, col, a[i]);
      }
    }
    return a;
  }

  private String[] strings(GenericRecord r, String col, int length, Path where, String id) {
    List<?> l = list(r, col, length, where, id);
    String[] a = new String[length];
    for (int i = 0; i < length; i++) {
      a[i] = pool.computeIfAbsent(String.valueOf(l.get(i)), k -> k);
    }
    return a;
  }

  private static StageException bad(Path where, String id, String col, Object value) {
    return StageException.badInput("%s: session %s has a bad %s: %s", where, id, col, value);
  }
}

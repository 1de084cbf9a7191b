package io.attnlift.train;

import io.attnlift.common.StageException;
import io.attnlift.common.Vocabulary;
import io.attnlift.train.data.SequenceReader;
import io.attnlift.train.data.SessionSeq;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The three splits of one variant's sequences, read and checked: a training split with sessions
 * of both classes, and validation and test splits on which AUC is defined.
 */
public record TrainData(Vocabulary vocab, List<SessionSeq> train, List<SessionSeq> val,
    List<SessionSeq> test) {

  /** Reads {@code <preprocessDir>/vocab.json} and {@code sequences/{train,val,test}}. */
  public static TrainData read(Path preprocessDir, int maxLength) throws IOException {
    Vocabulary vocab = Vocabulary.read(preprocessDir.resolve(Vocabulary.FILE_NAME));
    SequenceReader reader = new SequenceReader(vocab, maxLength);
    Path seq = preprocessDir.resolve("sequences");
    TrainData d = new TrainData(vocab, reader.read(seq.resolve("train"), "train"),
        reader.read(seq.resolve("val"), "val"), reader.read(seq.resolve("test"), "test"));
    d.check(seq);
    return d;
  }

  private void check(Path seq) {
    requireBothClasses(train, seq.resolve("train"), "train");
    requireBothClasses(val, seq.resolve("val"), "validation");
    requireBothClasses(test, seq.resolve("test"), "test");
  }

  private static void requireBothClasses(List<SessionSeq> split, Path where, String name) {
    if (split.isEmpty()) {
      throw StageException.badInput("the %s split is empty: %s holds no sessions", name, where);
    }
    long pos = split.stream().filter(s -> s.label() == 1).count();
    if (pos == 0 || pos == split.size()) {
      throw StageException.badInput("the %s split (%s) has only label %d in its %d sessions:"
          + " AUC is undefined and the model cannot learn or be judged; check the labels or"
          + " the split", name, where, pos == 0 ? 0 : 1, split.size());
    }
  }

  /** The share of converted sessions in training. */
  public double positiveRate() {
    return train.stream().filter(s -> s.label() == 1).count() / (double) train.size();
  }
}

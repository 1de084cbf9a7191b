package io.attnlift.train;

import io.attnlift.common.Contract;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.Vocabulary;
import io.attnlift.train.data.BatchFeed;
import io.attnlift.train.data.SequenceReader;
import io.attnlift.train.data.SessionSeq;
import io.attnlift.train.model.ModelGraph;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.types.TFloat32;

/**
 * Run in a fresh JVM by {@code TrainCommandIT}: loads a variant's SavedModel, scores its test
 * sessions through the {@code serve} signature and exits 0 when every probability equals the one
 * in {@code predictions/} (to 1e-6), else 1, printing the largest difference.
 *
 * <p>Usage: {@code ReloadMain TRAIN_VARIANT_DIR PREPROCESS_VARIANT_DIR}
 */
public final class ReloadMain {
  private ReloadMain() {}

  public static void main(String[] a) throws Exception {
    Path train = Path.of(a[0]);
    Path pre = Path.of(a[1]);
    Map<String, Double> written = new HashMap<>();
    ParquetFiles.read(train.resolve("predictions"), Contract.PREDICTIONS,
        r -> written.put(r.get("session_id").toString(), (Double) r.get("probability")));
    Vocabulary vocab = Vocabulary.read(pre.resolve(Vocabulary.FILE_NAME));
    List<SessionSeq> test = new SequenceReader(vocab, 128)
        .read(pre.resolve("sequences").resolve("test"), "test");
    double worst = 0;
    try (SavedModelBundle bundle = SavedModelBundle.load(train.resolve("model").toString(),
            "serve");
        BatchFeed feed = new BatchFeed(Scorer.rows(test));
        Result r = bundle.function(ModelGraph.SERVE).call(feed.byName())) {
      float[] p = new float[test.size()];
      ((TFloat32) r.get(ModelGraph.PROBABILITY).orElseThrow()).asRawTensor().data().asFloats()
          .read(p);
      for (int i = 0; i < p.length; i++) {
        worst = Math.max(worst, Math.abs(p[i] - written.get(test.get(i).sessionId())));
      }
    }
    System.out.println("sessions " + test.size() + ", largest difference " + worst);
    System.exit(worst <= 1e-6 ? 0 : 1);
  }
}

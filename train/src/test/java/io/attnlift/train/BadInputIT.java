package io.attnlift.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.RunLayout;
import io.attnlift.common.StageCli;
import io.attnlift.common.Variant;
import io.attnlift.common.Vocabulary;
import io.attnlift.train.data.Feature;
import io.attnlift.train.data.SessionSeq;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BadInputIT {
  @TempDir Path runs;

  private final StringWriter err = new StringWriter();

  private int train(String... extra) {
    List<String> args = new ArrayList<>(List.of("train", "--runs-root", runs.toString(),
        "--run-id", "r1", "--variants", "no-funnel", "--preset", "baby", "--max-epochs", "1"));
    args.addAll(List.of(extra));
    CommandLine cl = StageCli.commandLine(new TrainMain());
    cl.setErr(new PrintWriter(err, true));
    return StageCli.execute(cl, args.toArray(String[]::new));
  }

  private void write(Vocabulary vocab, List<SessionSeq> train) throws Exception {
    List<List<SessionSeq>> s = Fixtures.toySplits(9, 6, 40, 40, 40);
    Fixtures.writePreprocess(new RunLayout(runs, "r1"), Variant.NO_FUNNEL, vocab,
        train == null ? s.get(0) : train, s.get(1), s.get(2));
  }

  @Test
  void anEmptyTrainingSplitExitsTwoSayingSo() throws Exception {
    write(ToyWorld.vocabulary(), List.of());
    assertEquals(2, train());
    assertTrue(err.toString().contains("the train split is empty"), err.toString());
  }

  @Test
  void aSplitWithOneClassExitsTwoSayingAucIsUndefined() throws Exception {
    List<SessionSeq> negatives = Fixtures.toySplits(9, 6, 80, 1, 1).get(0).stream()
        .filter(x -> x.label() == 0).toList();
    write(ToyWorld.vocabulary(), negatives);
    assertEquals(2, train());
    assertTrue(err.toString().contains("has only label 0"), err.toString());
    assertTrue(err.toString().contains("AUC is undefined"), err.toString());
  }

  @Test
  void aVocabularyThatDoesNotMatchTheShardsExitsTwoNamingColumnAndIndex() throws Exception {
    Map<String, List<String>> features = new LinkedHashMap<>(ToyWorld.vocabulary().features());
    features.put(Feature.STORE_ID.vocabName(), List.of("<pad>", "<oov>", "s2", "s3"));
    write(new Vocabulary(features, 1), null);
    assertEquals(2, train());
    assertTrue(err.toString().contains("column store_idx holds index"), err.toString());
    assertTrue(err.toString().contains("does not match the shards"), err.toString());
  }

  @Test
  void aNanLossExitsOneWithTheStepAndTheLearningRate() throws Exception {
    write(ToyWorld.vocabulary(), null);
    assertEquals(1, train("--learning-rate", "1e38", "--batch-size", "8"));
    assertTrue(err.toString().contains("(NaN or infinite) at step"), err.toString());
    assertTrue(err.toString().contains("learning rate"), err.toString());
  }

  @Test
  void aMissingGpuWhereOneWasAskedForExitsTwo() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeFalse(gpuVisible(),
        "a GPU is visible (gpu build on a GPU node): nothing is missing");
    write(ToyWorld.vocabulary(), null);
    assertEquals(2, train("--device", "gpu"));
    assertTrue(err.toString().contains("TensorFlow sees no GPU"), err.toString());
  }

  private static boolean gpuVisible() {
    try {
      io.attnlift.train.model.Device.GPU.check();
      return true;
    } catch (io.attnlift.common.StageException e) {
      return false;
    }
  }

  @Test
  void aMissingPreprocessOutputExitsTwo() throws Exception {
    Files.createDirectories(runs.resolve("r1"));
    assertEquals(2, train());
    assertTrue(err.toString().contains("run stage 'preprocess'"), err.toString());
  }

  @Test
  void aPreprocessOutputCopiedFromAnotherRunIdExitsTwo() throws Exception {
    List<List<SessionSeq>> s = Fixtures.toySplits(9, 6, 40, 40, 40);
    Fixtures.writePreprocess(new RunLayout(runs, "r0"), Variant.NO_FUNNEL,
        ToyWorld.vocabulary(), s.get(0), s.get(1), s.get(2));
    Files.createDirectories(runs.resolve("r1"));
    Files.move(runs.resolve("r0/preprocess"), runs.resolve("r1/preprocess"));

    assertEquals(2, train());

    assertTrue(err.toString().contains("belongs to run 'r0', not to run 'r1': the preprocess"
        + " output was copied from another run"), err.toString());
    assertTrue(!Files.exists(runs.resolve("r1/train")), "nothing written");
  }
}

package io.attnlift.attribute;

import io.attnlift.common.Contract;
import io.attnlift.common.Manifest;
import io.attnlift.common.Manifests;
import io.attnlift.common.Method;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.StageException;
import io.attnlift.common.Variant;
import io.attnlift.common.json.FaithfulnessJson;
import io.attnlift.common.json.GroundTruthJson;
import io.attnlift.common.json.MetricsJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;

/**
 * What the attribute stage reads for one variant: the train stage's attributions, faithfulness
 * test and metrics, and the synthetic world's ground truth when there is one. Every problem is a
 * bad input (exit 2) naming the file and the key or value. A NaN score means the train stage did
 * not compute that method for the session (occlusion may be capped): it is left out of that
 * method's means; an infinite score is an error.
 *
 * @param trainDir the train stage's output folder for the variant
 * @param run the scored events
 * @param faithfulness the deletion test
 * @param metrics the train stage's metrics.json
 * @param test the model's predictions of the test sessions
 * @param groundTruth the planted truth, or null for real data
 * @param sessionTruth per session id, {true probability, events-only probability}; null for
 *     real data
 * @param removals the model's removal effects per session and group (empty when train computed
 *     none for the variant)
 */
public record TrainInputs(
    Path trainDir,
    ScoredRun run,
    FaithfulnessJson faithfulness,
    MetricsJson metrics,
    List<Prediction> test,
    GroundTruthJson groundTruth,
    Map<String, double[]> sessionTruth,
    RemovalRows removals) {
  static final String ATTRIBUTIONS = "attributions";
  static final String PREDICTIONS = "predictions";
  static final String SESSION_TRUTH = "session_truth";
  static final String REMOVALS = "removals";

  /**
   * One prediction of the train stage.
   *
   * @param sessionId the session
   * @param userId its user
   * @param label 1 when it converted
   * @param probability the model's probability
   */
  record Prediction(String sessionId, String userId, int label, double probability) {}

  /** The Transformer's test AUC. */
  double transformerTestAuc() {
    return metrics.test().auc().value();
  }

  /**
   * Reads and checks the inputs of one variant and records them in {@code manifest}: the train
   * output, and extract's when its manifest is here (on Argo the pod gets only extract's
   * ground_truth.json).
   */
  static TrainInputs read(RunLayout layout, Variant variant, Manifests.Builder manifest)
      throws IOException {
    Path dir = layout.stageDir(Stage.TRAIN, variant);
    Manifest m = Manifests.require(layout, Stage.TRAIN, variant);
    ScoredRun run = readAttributions(dir.resolve(ATTRIBUTIONS), variant);
    Path faithFile = dir.resolve(FaithfulnessJson.CONTRACT.fileName());
    FaithfulnessJson f = FaithfulnessJson.CONTRACT.read(faithFile);
    if (f.results().stream().noneMatch(r -> FaithfulnessJson.RANDOM.equals(r.method()))) {
      throw StageException.badInput("%s has no '%s' rows, so no method can be compared with"
          + " chance", faithFile, FaithfulnessJson.RANDOM);
    }
    MetricsJson metrics = MetricsJson.CONTRACT.read(dir.resolve(MetricsJson.CONTRACT.fileName()));
    Path extractDir = layout.stageDir(Stage.EXTRACT);
    Manifest extract = Files.isRegularFile(extractDir.resolve(Manifest.FILE_NAME))
        ? Manifests.require(layout, Stage.EXTRACT, null) : null;
    GroundTruthJson gt = GroundTruthJson.CONTRACT.readIfPresent(
        extractDir.resolve(GroundTruthJson.CONTRACT.fileName()));
    manifest.input(m, dir);
    if (extract != null) {
      manifest.input(extract, extractDir);
    }
    return new TrainInputs(dir, run, f, metrics, testPredictions(dir.resolve(PREDICTIONS)), gt,
        sessionTruth(extractDir.resolve(SESSION_TRUTH)), RemovalRows.read(dir.resolve(REMOVALS)));
  }

  /** The predictions of the test split. */
  static List<Prediction> testPredictions(Path dataset) throws IOException {
    if (!Files.exists(dataset)) {
      throw StageException.badInput("missing input: %s does not exist", dataset);
    }
    List<Prediction> out = new ArrayList<>();
    ParquetFiles.read(dataset, Contract.PREDICTIONS, r -> {
      if ("test".equals(r.get("split").toString())) {
        out.add(new Prediction(r.get("session_id").toString(), r.get("user_id").toString(),
            (Integer) r.get("label"), (Double) r.get("probability")));
      }
    });
    if (out.isEmpty()) {
      throw StageException.badInput("%s holds no test sessions", dataset);
    }
    return out;
  }

  /** The synthetic world's truth per session, or null when the extract has none (real data). */
  static Map<String, double[]> sessionTruth(Path dataset) throws IOException {
    if (!Files.exists(dataset)) {
      return null;
    }
    Map<String, double[]> out = new HashMap<>();
    ParquetFiles.read(dataset, Contract.SESSION_TRUTH, r -> out.put(
        r.get("session_id").toString(), new double[] {(Double) r.get("true_probability"),
            (Double) r.get("events_only_probability")}));
    return out;
  }

  /** Reads the attributions dataset and checks labels, scores and both outcomes. */
  static ScoredRun readAttributions(Path dataset, Variant variant) throws IOException {
    if (!Files.exists(dataset)) {
      throw StageException.badInput("missing input: %s does not exist", dataset);
    }
    List<ScoredEvent> events = new ArrayList<>();
    ParquetFiles.read(dataset, Contract.ATTRIBUTIONS, r -> events.add(toEvent(r, dataset)));
    if (events.isEmpty()) {
      throw StageException.badInput("%s holds no scored events", dataset);
    }
    ScoredRun run = ScoredRun.of(events);
    int converted = run.converted();
    if (converted == 0 || converted == run.sessions()) {
      throw StageException.badInput(
          "variant '%s' has %s among its %d scored sessions (%s): lifts compare converted with"
              + " non-converted sessions, so both are needed",
          variant, converted == 0 ? "no converted sessions" : "no non-converted sessions",
          run.sessions(), dataset);
    }
    return run;
  }

  /** One attributions record as a scored event, checking its label and scores. */
  static ScoredEvent toEvent(GenericRecord r, Path dataset) {
    String session = str(r, "session_id");
    int label = (Integer) r.get("label");
    if (label != 0 && label != 1) {
      throw StageException.badInput(
          "%s: column 'label' of session %s is %d, expected 0 or 1", dataset, session, label);
    }
    double[] scores = new double[Method.values().length];
    for (Method m : Method.values()) {
      scores[m.ordinal()] = (Double) r.get(m.id());
      if (Double.isInfinite(scores[m.ordinal()])) {
        throw StageException.badInput(
            "%s: column '%s' of session %s position %s is %s", dataset, m.id(), session,
            r.get("position"), scores[m.ordinal()]);
      }
    }
    return new ScoredEvent(session, str(r, "user_id"), str(r, "split"), label,
        (Integer) r.get("length"), (Integer) r.get("position"), str(r, "event"),
        str(r, "event_type"),
        str(r, "discovery_feature"), str(r, "store_id"), str(r, "store_name"),
        str(r, "primary_tag_name"), str(r, "primary_category_name"), (Boolean) r.get("is_nv"),
        scores);
  }

  private static String str(GenericRecord r, String field) {
    return r.get(field).toString().intern();
  }
}

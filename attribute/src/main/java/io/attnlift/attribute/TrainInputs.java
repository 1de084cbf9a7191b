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
import java.util.List;
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
 * @param transformerTestAuc the Transformer's test AUC from metrics.json
 * @param groundTruth the planted truth, or null for real data
 */
public record TrainInputs(
    Path trainDir,
    ScoredRun run,
    FaithfulnessJson faithfulness,
    double transformerTestAuc,
    GroundTruthJson groundTruth) {
  static final String ATTRIBUTIONS = "attributions";

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
    double auc = MetricsJson.CONTRACT.read(dir.resolve(MetricsJson.CONTRACT.fileName())).test()
        .auc().value();
    Path extractDir = layout.stageDir(Stage.EXTRACT);
    Manifest extract = Files.isRegularFile(extractDir.resolve(Manifest.FILE_NAME))
        ? Manifests.require(layout, Stage.EXTRACT, null) : null;
    GroundTruthJson gt = GroundTruthJson.CONTRACT.readIfPresent(
        extractDir.resolve(GroundTruthJson.CONTRACT.fileName()));
    manifest.input(m, dir);
    if (extract != null) {
      manifest.input(extract, extractDir);
    }
    return new TrainInputs(dir, run, f, auc, gt);
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

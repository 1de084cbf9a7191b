package io.attnlift.train;

import io.attnlift.common.AtomicOutput;
import io.attnlift.common.Contract;
import io.attnlift.common.Json;
import io.attnlift.common.Manifest;
import io.attnlift.common.Manifests;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.Variant;
import io.attnlift.train.data.SequenceReader;
import io.attnlift.train.data.SessionSeq;
import io.attnlift.train.model.Device;
import io.attnlift.train.model.Execution;
import io.attnlift.train.model.ModelConfig;
import io.attnlift.train.model.ModelSession;
import io.attnlift.train.model.Precision;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.hadoop.ParquetWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains one variant: reads its sequences, trains with early stopping, scores every session,
 * attributes the held-out ones, runs the deletion test, exports the model, and writes it all into
 * {@code runs/<id>/train/<variant>/} atomically, the manifest last.
 */
public final class TrainJob {
  private static final Logger LOG = LoggerFactory.getLogger(TrainJob.class);

  private final RunLayout layout;
  private final TrainOptions opt;

  public TrainJob(RunLayout layout, TrainOptions opt) {
    this.layout = layout;
    this.opt = opt;
  }

  /** Runs the stage for one variant; returns its manifest. */
  public Manifest run(Variant variant) throws IOException {
    Path in = layout.stageDir(Stage.PREPROCESS, variant);
    Manifests.require(in, Stage.PREPROCESS);
    ModelConfig cfg = opt.modelConfig();
    Device device = Device.parse(opt.device());
    Execution execution =
        new Execution(device, opt.threads(), Precision.resolve(opt.precision(), device));
    TrainData data = TrainData.read(in, cfg.maxLength());
    device.check();
    LOG.info("{}: {} train / {} val / {} test sessions, {} converted; device {}, {}", variant,
        data.train().size(), data.val().size(), data.test().size(),
        String.format("%.3f", data.positiveRate()),
        device.id(), execution.precision().id());
    double rate = data.positiveRate();
    float prior = (float) Math.log(rate / (1 - rate));
    Manifests.Builder manifest = new Manifests.Builder(Stage.TRAIN, variant, layout.runId())
        .input(in).config(opt);
    try (AtomicOutput out = AtomicOutput.open(layout.stageDir(Stage.TRAIN, variant));
        ModelSession model = new ModelSession(cfg, SequenceReader.vocabSizes(data.vocab()), prior,
            opt.optimizer(), opt.seed(), execution)) {
      LOG.info("{}: model of {} parameters ({}), {}", variant, model.parameterCount(),
          opt.preset(), cfg);
      Scorer scorer = new Scorer(opt.inferenceBatchSize());
      Trainer.Result fit = new Trainer(model, opt, scorer).fit(data.train(), data.val());
      Map<String, Object> metrics = writeScores(out.dir(), model, data, scorer, fit, manifest);
      writeAttributions(out.dir(), model, data, scorer, manifest);
      ModelFiles.export(model, out.dir().resolve(ModelFiles.DIR), cfg, opt,
          execution.precision(), data.vocab(), prior, fit.epochKept());
      metrics.put("device", device.id());
      metrics.put("precision", execution.precision().id());
      Json.write(out.dir().resolve("metrics.json"), metrics);
      manifest.file(ModelFiles.DIR).file("metrics.json").file("faithfulness.json");
      stats(manifest, metrics, fit);
      Manifest m = manifest.writeTo(out.dir());
      out.commit();
      LOG.info("{}: val AUC {}, test AUC {}, kept epoch {}; wrote {}", variant,
          metrics.get("val_auc"), metrics.get("test_auc"), fit.epochKept(), out.target());
      return m;
    }
  }

  private Map<String, Object> writeScores(Path dir, ModelSession model, TrainData data,
      Scorer scorer, Trainer.Result fit, Manifests.Builder manifest) throws IOException {
    long start = System.nanoTime();
    Scorer timing = new Scorer(opt.inferenceBatchSize());
    Scorer.Scored val = timing.score(model, data.val());
    Scorer.Scored test = timing.score(model, data.test());
    Scorer.Scored train = scorer.score(model, data.train());
    long rows = Outputs.predictions(dir, List.of(train, val, test));
    manifest.dataset(dir, Outputs.PREDICTIONS, Contract.PREDICTIONS, rows);
    LOG.info("scored {} sessions in {} s ({} seq/s on val and test)", rows,
        String.format("%.1f", (System.nanoTime() - start) / 1e9),
        String.format("%.0f", timing.sequencesPerSecond()));
    Map<String, Object> m = new LinkedHashMap<>();
    put(m, "val", val);
    put(m, "test", test);
    m.put("train_auc", Metrics.auc(train.probabilities(), train.labels()));
    m.put("curve", fit.curve().stream().map(TrainJob::epochRow).toList());
    m.put("epoch_kept", fit.epochKept());
    m.put("epochs_run", fit.curve().size());
    m.put("train_seconds", fit.trainSeconds());
    m.put("train_sequences_per_second", fit.trainSequencesPerSecond());
    m.put("inference_sequences_per_second", timing.sequencesPerSecond());
    m.put("train_cpu_seconds", fit.trainCpuSeconds());
    m.put("train_sequences_per_cpu_second",
        fit.trainSequencesPerSecond() * fit.trainSeconds() / fit.trainCpuSeconds());
    m.put("inference_sequences_per_cpu_second", timing.sequencesPerCpuSecond());
    m.put("load_average", loadAverage());
    m.put("train_sessions", data.train().size());
    m.put("val_sessions", data.val().size());
    m.put("test_sessions", data.test().size());
    m.put("train_positive_rate", data.positiveRate());
    m.put("preset", opt.preset());
    m.put("batch_size", opt.batchSize());
    m.put("length_buckets", opt.lengthBuckets());
    m.put("threads", opt.threads() > 0 ? opt.threads()
        : Runtime.getRuntime().availableProcessors());
    return m;
  }

  /** The 1-minute load average at the end of training, -1 where unknown. */
  private static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        .getSystemLoadAverage();
  }

  private static Map<String, Object> epochRow(Trainer.Epoch e) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("epoch", e.epoch());
    r.put("train_loss", e.trainLoss());
    r.put("val_auc", e.valAuc());
    r.put("val_log_loss", e.valLogLoss());
    r.put("seconds", e.seconds());
    r.put("train_sequences_per_second", e.sequencesPerSecond());
    return r;
  }

  private static void put(Map<String, Object> m, String split, Scorer.Scored s) {
    m.put(split + "_auc", Metrics.auc(s.probabilities(), s.labels()));
    m.put(split + "_log_loss", Metrics.logLoss(s.probabilities(), s.labels()));
    m.put(split + "_brier", Metrics.brier(s.probabilities(), s.labels()));
    m.put(split + "_calibration", Metrics.calibration(s.probabilities(), s.labels()));
  }

  private void writeAttributions(Path dir, ModelSession model, TrainData data, Scorer scorer,
      Manifests.Builder manifest) throws IOException {
    long start = System.nanoTime();
    Attributor attributor = new Attributor(scorer, opt.maxOcclusionSessions());
    List<SessionSeq> heldOut = new ArrayList<>(data.test());
    heldOut.addAll(data.val());
    if (opt.attributeTrain()) {
      heldOut.addAll(data.train());
    }
    long[] rows = {0};
    Map<String, Attributor.Scores> scores;
    try (ParquetWriter<GenericRecord> w = ParquetFiles.writer(
        dir.resolve(Outputs.ATTRIBUTIONS).resolve(Outputs.PART), Contract.ATTRIBUTIONS)) {
      scores = attributor.attribute(model, heldOut, r -> {
        try {
          w.write(r);
          rows[0]++;
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
    manifest.dataset(dir, Outputs.ATTRIBUTIONS, Contract.ATTRIBUTIONS, rows[0]);
    LOG.info("attributed {} sessions ({} events) in {} s", heldOut.size(), rows[0],
        String.format("%.1f", (System.nanoTime() - start) / 1e9));
    start = System.nanoTime();
    Map<String, Object> faith = new Faithfulness(scorer, opt.seed())
        .run(model, data.test(), scores, opt.faithfulnessSessions());
    Json.write(dir.resolve("faithfulness.json"), faith);
    LOG.info("deletion test on {} test sessions in {} s", faith.get("sessions"),
        String.format("%.1f", (System.nanoTime() - start) / 1e9));
  }

  private static void stats(Manifests.Builder manifest, Map<String, Object> metrics,
      Trainer.Result fit) {
    for (String k : List.of("device", "val_auc", "test_auc", "epochs_run", "epoch_kept",
        "train_seconds", "train_sequences_per_second", "inference_sequences_per_second",
        "train_sessions", "val_sessions", "test_sessions")) {
      manifest.stat(k, metrics.get(k));
    }
  }
}

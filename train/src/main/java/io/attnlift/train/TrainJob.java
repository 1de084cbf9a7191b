package io.attnlift.train;

import io.attnlift.common.AtomicOutput;
import io.attnlift.common.Contract;
import io.attnlift.common.Manifest;
import io.attnlift.common.Manifests;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.Variant;
import io.attnlift.common.json.FaithfulnessJson;
import io.attnlift.common.json.MetricsJson;
import io.attnlift.common.json.TrainStats;
import io.attnlift.train.data.SequenceReader;
import io.attnlift.train.data.SessionSeq;
import io.attnlift.train.model.Device;
import io.attnlift.train.model.Execution;
import io.attnlift.train.model.ModelConfig;
import io.attnlift.train.model.ModelSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.hadoop.ParquetWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains one variant: reads its sequences, trains with early stopping, scores every session,
 * attributes the held-out ones, runs the deletion test, exports the model, and writes it all into
 * {@code runs/<id>/train/<variant>/} atomically, the manifest last. A variant whose inputs and
 * options are those of a variant this run has already trained is copied from it ({@link Twin}).
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
    Manifest upstream = Manifests.require(layout, Stage.PREPROCESS, variant);
    Optional<Twin> twin = Twin.find(layout, variant, opt);
    if (twin.isPresent()) {
      Manifest copied = copy(variant, twin.get(), upstream, in);
      if (copied != null) {
        return copied;
      }
    }
    ModelConfig cfg = opt.modelConfig();
    Device device = opt.device();
    Execution execution = new Execution(device, opt.threads(), opt.precision().resolve(device));
    TrainData data = TrainData.read(in, cfg.maxLength());
    device.check();
    LOG.info("{}: {} train / {} val / {} test sessions, {} converted; device {}, {}", variant,
        data.train().size(), data.val().size(), data.test().size(),
        String.format("%.3f", data.positiveRate()),
        device.id(), execution.precision().id());
    double rate = data.positiveRate();
    float prior = (float) Math.log(rate / (1 - rate));
    Manifests.Builder manifest = new Manifests.Builder(Stage.TRAIN, variant, layout.runId())
        .input(upstream, in).config(opt);
    try (AtomicOutput out = AtomicOutput.open(layout, Stage.TRAIN, variant);
        ModelSession model = newModel(cfg, data, prior, opt.seed(), execution)) {
      LOG.info("{}: model of {} parameters ({}), {}", variant, model.parameterCount(),
          opt.preset(), cfg);
      Scorer scorer = opt.scorer();
      Trainer.Result fit = new Trainer(model, opt, scorer).fit(data.train(), data.val());
      MetricsJson metrics = writeScores(out.dir(), model, data, scorer, fit, manifest,
          device.id());
      writeAttributions(out.dir(), model, data, scorer, manifest);
      Refits refits = writeRemovals(out.dir(), model, data, variant, manifest,
          seed -> newModel(cfg, data, prior, seed, execution), fit.epochKept());
      metrics = metrics.withRefits(refits.fits());
      ModelFiles.export(model, out.dir().resolve(ModelFiles.DIR), cfg, opt,
          execution.precision(), data.vocab(), prior, fit.epochKept());
      manifest.file(ModelFiles.DIR).json(out.dir(), MetricsJson.CONTRACT, metrics)
          .stats(TrainStats.CONTRACT, MetricsFile.stats(metrics, refits.kept()));
      Manifest m = manifest.writeTo(out.dir());
      out.commit();
      LOG.info("{}: val AUC {}, test AUC {} [{}, {}], kept epoch {}; wrote {}", variant,
          String.format("%.4f", metrics.val().auc().value()),
          String.format("%.4f", metrics.test().auc().value()),
          String.format("%.4f", metrics.test().auc().ciLow()),
          String.format("%.4f", metrics.test().auc().ciHigh()), fit.epochKept(), out.target());
      return m;
    }
  }

  /**
   * Writes the twin's outputs as this variant's (see {@link Twin}); null when the twin was
   * rewritten while it was copied, so that the variant is trained instead.
   */
  private Manifest copy(Variant variant, Twin twin, Manifest upstream, Path in)
      throws IOException {
    long start = System.nanoTime();
    Manifests.Builder manifest = new Manifests.Builder(Stage.TRAIN, variant, layout.runId())
        .input(upstream, in).config(opt);
    try (AtomicOutput out = AtomicOutput.open(layout, Stage.TRAIN, variant)) {
      MetricsJson metrics = twin.copyTo(out, variant, opt, manifest);
      if (!twin.unchanged()) {
        LOG.warn("{}: train/{} was rewritten while it was copied; training instead", variant,
            twin.variant());
        return null;
      }
      Manifest m = manifest.writeTo(out.dir());
      out.commit();
      LOG.info("{}: its sequences and vocabulary are byte for byte those of {}, trained in this"
          + " run with the same options, so its model is {}'s: copied in {} s, not trained"
          + " again (val AUC {}, test AUC {}); wrote {}", variant, twin.variant(),
          twin.variant(), String.format("%.1f", (System.nanoTime() - start) / 1e9),
          String.format("%.4f", metrics.val().auc().value()),
          String.format("%.4f", metrics.test().auc().value()), out.target());
      return m;
    }
  }

  private ModelSession newModel(ModelConfig cfg, TrainData data, float prior, long seed,
      Execution execution) {
    return new ModelSession(cfg, SequenceReader.vocabSizes(data.vocab()), prior,
        opt.optimizer(), seed, execution);
  }

  /** The kept model's removal effects and the refits of the stability check. */
  private record Refits(Removals.Result kept, List<MetricsJson.Refit> fits) {}

  private MetricsJson writeScores(Path dir, ModelSession model, TrainData data,
      Scorer scorer, Trainer.Result fit, Manifests.Builder manifest, String device)
      throws IOException {
    long start = System.nanoTime();
    Scorer timing = opt.scorer();
    Scorer.Scored val = timing.score(model, data.val());
    Scorer.Scored test = timing.score(model, data.test());
    Scorer.Scored train = scorer.score(model, trainSample(data.train()));
    long rows = Outputs.predictions(dir, List.of(train, val, test));
    manifest.dataset(dir, Outputs.PREDICTIONS, Contract.PREDICTIONS, rows);
    LOG.info("scored {} sessions in {} s ({} seq/s on val and test)", rows,
        String.format("%.1f", (System.nanoTime() - start) / 1e9),
        String.format("%.0f", timing.sequencesPerSecond()));
    MetricsJson.Audit audit = LeakageAudit.of(model, scorer, data.train(), test, opt.seed());
    LOG.info("audit: test AUC with time neutralised {}; {}", fmt(audit.timeNeutralised()),
        audit.statistics().stream().map(s -> s.name() + " " + fmt(s.auc())).toList());
    return MetricsFile.of(val, test, train, fit, timing, data, opt, device, audit);
  }

  /**
   * The training sessions scored for the training AUC and the predictions: all, or a sample of
   * {@code train-score-sessions} drawn with the seed.
   */
  private List<SessionSeq> trainSample(List<SessionSeq> train) {
    int cap = opt.trainScoreSessions();
    if (cap < 0 || cap >= train.size()) {
      return train;
    }
    List<SessionSeq> order = new ArrayList<>(train);
    Collections.shuffle(order, new Random(opt.seed()));
    return order.subList(0, cap);
  }

  /**
   * The removal effects of the held-out sessions (test first, then validation, up to the cap)
   * for the variants that get them, by the kept model and then by each refit (the same data and
   * sessions, seeds {@code seed + 1, ...}, for at most the kept model's {@code epochs}); an empty
   * dataset for the other variants, so every variant's output has the same layout.
   */
  private Refits writeRemovals(Path dir, ModelSession model, TrainData data, Variant variant,
      Manifests.Builder manifest, LongFunction<ModelSession> refitModel, int epochs)
      throws IOException {
    List<SessionSeq> heldOut = new ArrayList<>(data.test());
    heldOut.addAll(data.val());
    int cap = opt.removalSessions() < 0 ? heldOut.size()
        : Math.min(heldOut.size(), opt.removalSessions());
    boolean wanted = opt.removalVariants().contains(variant) && cap > 0;
    long[] rows = {0};
    Removals.Result kept = Removals.Result.NONE;
    List<MetricsJson.Refit> fits = new ArrayList<>();
    try (ParquetWriter<GenericRecord> w = ParquetFiles.writer(
        dir.resolve(Outputs.REMOVALS).resolve(Outputs.PART), Contract.SESSION_REMOVALS)) {
      Consumer<GenericRecord> sink = r -> {
        try {
          w.write(r);
          rows[0]++;
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      };
      Removals removals = new Removals(opt.scorer(),
          opt.removalMinSessions());
      if (wanted) {
        kept = removals.run(model, heldOut.subList(0, cap), 0, sink);
        log("removal effects", kept);
        for (int k = 1; k < opt.refits(); k++) {
          fits.add(refit(k, refitModel, data, removals, heldOut.subList(0, cap), sink,
              epochs));
        }
      }
    }
    manifest.dataset(dir, Outputs.REMOVALS, Contract.SESSION_REMOVALS, rows[0]);
    if (!wanted) {
      LOG.info("removal effects: none for {} (--removal-variants {})", variant,
          opt.removalVariants());
    }
    return new Refits(kept, fits);
  }

  /**
   * Trains refit k on the same data with seed + k, for at most the kept model's epochs (the same
   * schedule; the kept model's patience epochs are not paid again), and re-scores the same
   * removals.
   */
  private MetricsJson.Refit refit(int k, LongFunction<ModelSession> newModel,
      TrainData data, Removals removals, List<SessionSeq> sessions,
      Consumer<GenericRecord> sink, int epochs) {
    long seed = opt.seed() + k;
    LOG.info("refit {} of {} (seed {}): the stability check of the removal effects", k,
        opt.refits() - 1, seed);
    try (ModelSession m = newModel.apply(seed)) {
      Scorer scorer = opt.scorer();
      Trainer.Result fit = new Trainer(m, opt.withSeed(seed), scorer)
          .fit(data.train(), data.val(), epochs);
      Scorer.Scored test = scorer.score(m, data.test());
      Removals.Result r = removals.run(m, sessions, k, sink);
      log("refit " + k + " removal effects", r);
      MetricsJson.Refit out = MetricsFile.refit(k, seed, fit, test, r.seconds());
      LOG.info("refit {}: val AUC {}, test AUC {}, training {} s, removals {} s", k,
          String.format("%.4f", out.valAuc()), fmt(out.test()),
          String.format("%.1f", out.trainSeconds()), String.format("%.1f", r.seconds()));
      return out;
    }
  }

  private static void log(String what, Removals.Result r) {
    LOG.info("{}: {} removals ({} groups, {} rows re-scored) of {} sessions in {} s; plain"
        + " scoring of the same sessions {} s: {}x", what, r.rows(), r.groups(), r.scored(),
        r.sessions(), String.format("%.1f", r.seconds()), String.format("%.2f", r.plainSeconds()),
        String.format("%.1f", r.costRatio()));
  }

  private static String fmt(io.attnlift.common.stats.Auc a) {
    return String.format("%.3f [%.3f, %.3f]", a.value(), a.ciLow(), a.ciHigh());
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
    FaithfulnessJson faith = new Faithfulness(scorer, opt.seed())
        .run(model, data.test(), scores, opt.faithfulnessSessions());
    manifest.json(dir, FaithfulnessJson.CONTRACT, faith);
    LOG.info("deletion test on {} test sessions in {} s", faith.sessions(),
        String.format("%.1f", (System.nanoTime() - start) / 1e9));
  }
}

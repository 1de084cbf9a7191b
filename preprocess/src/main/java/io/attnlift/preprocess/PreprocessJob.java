package io.attnlift.preprocess;

import io.attnlift.common.AtomicOutput;
import io.attnlift.common.Contract;
import io.attnlift.common.Manifest;
import io.attnlift.common.Manifests;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.StageException;
import io.attnlift.common.Variant;
import io.attnlift.common.Vocabulary;
import io.attnlift.common.json.PreprocessStats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the preprocess stage for one run: checks the extract output, runs the pipeline once for
 * all variants, checks what it counted, then writes each variant's manifest and commits it.
 */
public final class PreprocessJob {
  private static final Logger LOG = LoggerFactory.getLogger(PreprocessJob.class);
  /** With {@code --shards 0}: no file gets fewer events than this (no tiny files)... */
  static final long MIN_EVENTS_PER_SHARD = 150_000;
  /** ...nor more than this, and otherwise there are two files per core, to spread the writing. */
  static final long MAX_EVENTS_PER_SHARD = 2_000_000;

  private final RunLayout layout;
  private final PreprocessOptions options;

  public PreprocessJob(RunLayout layout, PreprocessOptions options) {
    this.layout = layout;
    options.validate();
    this.options = options;
  }

  /** Runs the stage; returns each variant's manifest. */
  public Map<Variant, Manifest> run() throws IOException {
    Path extractDir = layout.stageDir(Stage.EXTRACT);
    Manifest input = Manifests.require(layout, Stage.EXTRACT, null);
    Path eventsDir = extractDir.resolve(Contract.EVENTS.id());
    checkEvents(eventsDir);
    List<Integer> shards = shards(inputRows(input));
    List<Variant> variants = options.variantList();
    Map<Variant, Manifests.Builder> manifests = new LinkedHashMap<>();
    variants.forEach(v -> manifests.put(v, new Manifests.Builder(Stage.PREPROCESS, v,
        layout.runId())));
    List<AtomicOutput> outs = new ArrayList<>();
    try {
      Map<String, String> dirs = new LinkedHashMap<>();
      for (Variant v : variants) {
        AtomicOutput out = AtomicOutput.open(layout, Stage.PREPROCESS, v);
        outs.add(out);
        dirs.put(v.id(), out.dir().toString());
      }
      PipelineCounters counters = runPipeline(eventsDir, dirs, shards, inputRows(input));
      checkCounters(counters, variants);
      checkConversions(counters, variants, eventsDir);
      Map<Variant, Manifest> written = new LinkedHashMap<>();
      for (int i = 0; i < variants.size(); i++) {
        Variant v = variants.get(i);
        WriteSequenceShards.fillEmptyShards(outs.get(i).dir(), shards);
        written.put(v, finish(manifests.get(v).input(input, extractDir), outs.get(i).dir(), v,
            counters));
      }
      for (AtomicOutput out : outs) {
        out.commit();
      }
      return written;
    } finally {
      outs.forEach(AtomicOutput::close);
    }
  }

  /** Refuses a missing events folder, an empty one, or a file of another contract or version. */
  static List<Path> checkEvents(Path eventsDir) throws IOException {
    List<Path> files = ParquetFiles.list(eventsDir);
    if (files.isEmpty()) {
      throw StageException.badInput("no events: %s holds no .parquet file", eventsDir);
    }
    for (Path f : files) {
      Contract.EVENTS.check(ParquetFiles.schemaOf(f), f.toString());
    }
    return files;
  }

  private static long inputRows(Manifest input) {
    Manifest.Output events = input.output(Contract.EVENTS.id());
    return events == null ? -1 : events.rows();
  }

  /**
   * Files per split: as given, or two per core (the shard writers run in parallel) as long as
   * each gets at least {@link #MIN_EVENTS_PER_SHARD} expected events, and more files when they
   * would exceed {@link #MAX_EVENTS_PER_SHARD}.
   */
  List<Integer> shards(long inputEvents) {
    double[] share = {
      1 - options.valFraction() - options.testFraction(), options.valFraction(),
      options.testFraction()
    };
    List<Integer> out = new ArrayList<>();
    for (double s : share) {
      double events = Math.max(0, inputEvents) * s;
      long atMost = (long) Math.ceil(events / MIN_EVENTS_PER_SHARD);
      long wanted = Math.max(2L * options.effectiveParallelism(),
          (long) Math.ceil(events / MAX_EVENTS_PER_SHARD));
      int auto = (int) Math.max(1, Math.min(atMost, wanted));
      out.add(options.shards() > 0 ? options.shards() : auto);
    }
    return out;
  }

  private PipelineCounters runPipeline(
      Path eventsDir, Map<String, String> dirs, List<Integer> shards, long inputEvents) {
    Pipeline p =
        Pipeline.create(RunnerOptions.create(options, "attnlift-preprocess-" + layout.runId()));
    PreprocessPipeline.build(p, options, eventsDir.toAbsolutePath() + "/*.parquet", dirs, shards);
    LOG.info(
        "preprocessing {} with {} (parallelism {}), variants {}, shards per split {}",
        eventsDir, options.runner(), options.effectiveParallelism(), dirs.keySet(), shards);
    long t0 = System.nanoTime();
    PipelineResult.State state;
    PipelineResult result;
    PipelineProgress.begin(inputEvents);
    try {
      result = p.run();
      state = result.waitUntilFinish();
    } catch (RuntimeException e) {
      throw FlinkMaster.classify(options, e);
    } finally {
      PipelineProgress.end();
    }
    if (state != PipelineResult.State.DONE) {
      throw StageException.failure("pipeline ended in state " + state, null);
    }
    PipelineCounters c = PipelineCounters.of(result);
    LOG.info("pipeline done in {} s: {} events, {} sessions",
        String.format("%.1f", (System.nanoTime() - t0) / 1e9), c.get(Stats.EVENTS_READ),
        c.get(Stats.SESSIONS_IN));
    return c;
  }

  /** Fails on too many sessions with several users, or a variant left without sessions. */
  private void checkCounters(PipelineCounters c, List<Variant> variants) {
    long in = c.get(Stats.SESSIONS_IN);
    long conflicts = c.get(Stats.USER_CONFLICTS);
    if (in > 0 && (double) conflicts / in > options.maxConflictRate()) {
      throw StageException.badInput(
          "%d of %d sessions have one SESSION_ID under several USER_IDs (%.2f%%, more than"
              + " --max-conflict-rate %.2f%%): the events are not keyed as expected",
          conflicts, in, 100.0 * conflicts / in, 100 * options.maxConflictRate());
    }
    for (Variant v : variants) {
      if (VariantStats.sessions(c, v.id()) == 0) {
        throw StageException.badInput(
            "variant %s: its filter left no session (%d sessions in, %d left empty by the"
                + " filter, %d with several users): nothing to train on",
            v, in, c.get(v.id(), Stats.DROPPED_EMPTY), conflicts);
      }
    }
  }

  /** Refuses a run whose sessions (or one variant's) hold no conversion: nothing to learn. */
  private void checkConversions(PipelineCounters c, List<Variant> variants, Path eventsDir)
      throws IOException {
    Map<String, Long> sessions = new LinkedHashMap<>();
    Map<String, Long> converted = new LinkedHashMap<>();
    for (Variant v : variants) {
      sessions.put(v.id(), VariantStats.sessions(c, v.id()));
      long n = 0;
      for (String split : WriteSequenceShards.SPLITS) {
        n += c.get(v.id(), split + "/converted");
      }
      converted.put(v.id(), n);
    }
    ConversionCheck.require(sessions, converted, eventsDir, options.funnel());
  }

  private Manifest finish(
      Manifests.Builder m, Path dir, Variant v, PipelineCounters c)
      throws IOException {
    Path vocab = dir.resolve(Vocabulary.FILE_NAME);
    if (!Files.isRegularFile(vocab)) {
      throw StageException.failure("the pipeline wrote no " + vocab, null);
    }
    m.config(options);
    for (String split : WriteSequenceShards.SPLITS) {
      m.dataset(dir, "sequences/" + split, Contract.SEQUENCES, c.get(v.id(), split + "/sessions"));
    }
    m.json(Vocabulary.CONTRACT);
    String filter = SessionRules.filterDescription(v, options.funnel());
    m.stats(PreprocessStats.CONTRACT, VariantStats.of(c, v.id(), filter, options.maxLength(),
        vocabularySizes(Vocabulary.read(vocab))));
    Manifest written = m.writeTo(dir);
    LOG.info("{}: {} sessions written", v, VariantStats.sessions(c, v.id()));
    return written;
  }

  private static Map<String, Integer> vocabularySizes(Vocabulary v) {
    Map<String, Integer> out = new LinkedHashMap<>();
    Features.CATEGORICAL.forEach(f -> out.put(f, v.size(f)));
    return out;
  }
}

package io.attnlift.report;

import io.attnlift.common.AtomicOutput;
import io.attnlift.common.ExitCodes;
import io.attnlift.common.Manifests;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.StageException;
import io.attnlift.common.Variant;
import io.attnlift.common.json.ReportStats;
import io.attnlift.common.json.SummaryJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a run's report: reads and checks every input first (so bad input writes nothing), then
 * renders {@code report.html}, {@code summary.json} and copies the full tables beside them into
 * {@code runs/<id>/report/}, manifest last.
 */
public final class ReportJob {
  static final String REPORT_FILE = "report.html";
  static final String SUMMARY_FILE = SummaryJson.CONTRACT.fileName();
  private static final Logger LOG = LoggerFactory.getLogger(ReportJob.class);

  private final RunLayout layout;
  private final ReportOptions options;

  public ReportJob(RunLayout layout, ReportOptions options) {
    this.layout = layout;
    this.options = options;
  }

  /** Runs the stage and returns the absolute path of the written report. */
  public Path run() throws IOException {
    List<Variant> variants = options.variants();
    RunData run = RunData.read(layout, variants);
    Comparison comparison = comparison(run);
    String prevId = comparison.previousRunId();
    Headline headline = Headline.of(run);
    String html = Page.render(run, headline, comparison);
    Manifests.Builder manifest = new Manifests.Builder(Stage.REPORT, null, layout.runId())
        .config(options);
    recordInputs(manifest, variants);
    try (AtomicOutput out = AtomicOutput.open(layout, Stage.REPORT, null)) {
      Files.writeString(out.dir().resolve(REPORT_FILE), html, StandardCharsets.UTF_8);
      manifest.file(REPORT_FILE).json(out.dir(), SummaryJson.CONTRACT,
          headline.summary(run, prevId));
      for (VariantData v : run.variants()) {
        copyTables(v, out.dir(), manifest);
      }
      manifest.stats(ReportStats.CONTRACT, new ReportStats(
          variants.stream().map(Variant::id).toList(), prevId == null ? "" : prevId,
          html.getBytes(StandardCharsets.UTF_8).length)).writeTo(out.dir());
      out.commit();
    }
    Path report = layout.stageDir(Stage.REPORT).resolve(REPORT_FILE).toAbsolutePath();
    LOG.info("report for run {} written to {}", layout.runId(), report);
    return report;
  }

  private Comparison comparison(RunData run) {
    Variant primary = run.primary().variant();
    String id = options.compareTo();
    if (!id.isEmpty()) {
      if (id.equals(layout.runId())) {
        throw StageException.badInput("--compare-to %s is this run itself", id);
      }
      return Comparison.with(PreviousRun.read(layout, id, primary));
    }
    String found = PreviousRun.findLatest(layout, primary);
    if (found == null) {
      LOG.info("no earlier complete run in {} to compare with", layout.runsRoot());
      return Comparison.none();
    }
    LOG.info("comparing with the latest earlier run {}", found);
    try {
      return Comparison.with(PreviousRun.read(layout, found, primary));
    } catch (StageException e) {
      if (e.exitCode() != ExitCodes.BAD_INPUT) {
        throw e;
      }
      // a run found by looking, not named: this week's report goes on without the comparison
      // (a run written by an older build is what the first run after an upgrade finds)
      Comparison none = Comparison.unreadable(found, e.getMessage());
      LOG.warn("{}", none.absence());
      return none;
    }
  }

  /** Records the identity of every upstream output the report read (read and checked above). */
  private void recordInputs(Manifests.Builder manifest, List<Variant> variants) {
    manifest.input(Manifests.require(layout, Stage.EXTRACT, null),
        layout.stageDir(Stage.EXTRACT));
    for (Variant v : variants) {
      for (Stage s : List.of(Stage.PREPROCESS, Stage.TRAIN, Stage.ATTRIBUTE)) {
        manifest.input(Manifests.require(layout, s, v), layout.stageDir(s, v));
      }
    }
  }

  private void copyTables(VariantData v, Path outDir, Manifests.Builder manifest)
      throws IOException {
    Path to = outDir.resolve("tables").resolve(v.variant().id());
    Files.createDirectories(to);
    for (String f : AttributeInput.TABLE_FILES) {
      Files.copy(v.attribute().dir().resolve(f), to.resolve(f));
      manifest.file("tables/" + v.variant().id() + "/" + f);
    }
  }
}

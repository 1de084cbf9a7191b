package io.attnlift.report;

import io.attnlift.common.AtomicOutput;
import io.attnlift.common.Json;
import io.attnlift.common.Manifests;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.StageException;
import io.attnlift.common.Variant;
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
  static final String SUMMARY_FILE = "summary.json";
  private static final Logger LOG = LoggerFactory.getLogger(ReportJob.class);

  private final RunLayout layout;
  private final ReportOptions options;

  public ReportJob(RunLayout layout, ReportOptions options) {
    this.layout = layout;
    this.options = options;
  }

  /** Runs the stage and returns the absolute path of the written report. */
  public Path run() throws IOException {
    List<Variant> variants = Variant.parseList(options.variants() == null ? ""
        : options.variants());
    if (variants.isEmpty()) {
      throw StageException.badInput("--variants is empty: name no-funnel, with-funnel or both");
    }
    RunData run = RunData.read(layout, variants);
    PreviousRun prev = previous(run);
    Headline headline = Headline.of(run);
    String html = Page.render(run, headline, prev);
    Manifests.Builder manifest = new Manifests.Builder(Stage.REPORT, null, layout.runId())
        .config(options)
        .input(layout.stageDir(Stage.EXTRACT));
    try (AtomicOutput out = AtomicOutput.open(layout.stageDir(Stage.REPORT))) {
      Files.writeString(out.dir().resolve(REPORT_FILE), html, StandardCharsets.UTF_8);
      Json.write(out.dir().resolve(SUMMARY_FILE),
          headline.summary(run, prev == null ? null : prev.runId()));
      manifest.file(REPORT_FILE).file(SUMMARY_FILE);
      for (VariantData v : run.variants()) {
        copyTables(v, out.dir(), manifest);
      }
      manifest.stat("variants", variants.stream().map(Variant::id).toList())
          .stat("compared_to", prev == null ? "" : prev.runId())
          .stat("report_bytes", html.getBytes(StandardCharsets.UTF_8).length)
          .writeTo(out.dir());
      out.commit();
    }
    Path report = layout.stageDir(Stage.REPORT).resolve(REPORT_FILE).toAbsolutePath();
    LOG.info("report for run {} written to {}", layout.runId(), report);
    return report;
  }

  private PreviousRun previous(RunData run) {
    Variant primary = run.primary().variant();
    String id = options.compareTo();
    if (id != null && !id.isBlank()) {
      if (id.equals(layout.runId())) {
        throw StageException.badInput("--compare-to %s is this run itself", id);
      }
      return PreviousRun.read(layout, RunLayout.checkRunId(id.trim()), primary);
    }
    String found = PreviousRun.findLatest(layout, primary);
    if (found == null) {
      LOG.info("no earlier complete run in {} to compare with", layout.runsRoot());
      return null;
    }
    LOG.info("comparing with the latest earlier run {}", found);
    return PreviousRun.read(layout, found, primary);
  }

  private void copyTables(VariantData v, Path outDir, Manifests.Builder manifest)
      throws IOException {
    manifest.input(layout.stageDir(Stage.PREPROCESS, v.variant()))
        .input(layout.stageDir(Stage.TRAIN, v.variant()))
        .input(layout.stageDir(Stage.ATTRIBUTE, v.variant()));
    Path to = outDir.resolve("tables").resolve(v.variant().id());
    Files.createDirectories(to);
    for (String f : AttributeInput.TABLE_FILES) {
      Files.copy(v.attribute().dir().resolve(f), to.resolve(f));
      manifest.file("tables/" + v.variant().id() + "/" + f);
    }
  }
}

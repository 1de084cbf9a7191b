package io.attnlift.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine.Option;

/** The flags every stage command shares (a picocli mixin). */
public final class CommonOptions {
  private static final DateTimeFormatter RUN_ID_FORMAT =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  @Option(
      names = "--runs-root",
      paramLabel = "DIR",
      defaultValue = "runs",
      description = "Folder that holds the runs (default: ${DEFAULT-VALUE}).")
  Path runsRoot;

  @Option(
      names = "--run-id",
      paramLabel = "ID",
      description = "The run to write (and read upstream outputs from); default: a UTC timestamp.")
  String runId;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "A preset (YAML or JSON) with one section per stage; flags override it.")
  Path config;

  public CommonOptions() {}

  public CommonOptions(Path runsRoot, String runId, Path config) {
    this.runsRoot = runsRoot;
    this.runId = runId;
    this.config = config;
  }

  /**
   * The run layout; a missing run id becomes a timestamp, fixed for the life of this object. A
   * runs root or run folder that exists as something other than a folder is bad input (exit 2).
   */
  public RunLayout layout() {
    if (runId == null || runId.isEmpty()) {
      runId = RUN_ID_FORMAT.format(ZonedDateTime.now(ZoneOffset.UTC));
    }
    if (runsRoot == null || runsRoot.toString().isBlank()) {
      throw StageException.badInput("--runs-root is empty: give the folder that holds the runs");
    }
    RunLayout layout = new RunLayout(runsRoot, runId);
    Path p = layout.runDir();
    while (p != null && !Files.exists(p)) {
      p = p.getParent();
    }
    if (p != null && !Files.isDirectory(p)) {
      throw StageException.badInput("--runs-root %s: %s is a file, not a folder (--runs-root"
          + " names the folder that holds the runs)", runsRoot, p);
    }
    return layout;
  }

  public Path runsRoot() {
    return runsRoot;
  }

  /** The run id as given, or null when it was left to default (an empty value counts as unset). */
  public String runId() {
    return runId == null || runId.isEmpty() ? null : runId;
  }

  /** The preset file, or null (an empty value counts as unset, as Argo passes every parameter). */
  public Path config() {
    return config == null || config.toString().isEmpty() ? null : config;
  }
}

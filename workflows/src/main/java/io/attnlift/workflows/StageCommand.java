package io.attnlift.workflows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Runs one stage command in the stage's own jar, passing every argument through: the stage's own
 * parser owns its flags and its {@code --help}.
 */
abstract class StageCommand implements Callable<Integer> {
  @Parameters(paramLabel = "ARGS", description = "The stage's own flags; see its --help.")
  List<String> args = new ArrayList<>();

  private final String module;
  private final String command;

  StageCommand(String module, String command) {
    this.module = module;
    this.command = command;
  }

  @Override
  public Integer call() {
    List<String> all = new ArrayList<>();
    all.add(command);
    all.addAll(args);
    return StageJars.locate().run(module, all);
  }

  @Command(name = "generate", description = "Write the synthetic world into DuckDB (extract jar).")
  static final class Generate extends StageCommand {
    Generate() {
      super("extract", "generate");
    }
  }

  @Command(name = "extract", description = "Sample users and all their events into Parquet.")
  static final class Extract extends StageCommand {
    Extract() {
      super("extract", "extract");
    }
  }

  @Command(name = "preprocess", description = "Build sequence shards for every variant (Beam).")
  static final class Preprocess extends StageCommand {
    Preprocess() {
      super("preprocess", "preprocess");
    }
  }

  @Command(name = "train", description = "Train the Transformer; predictions and attributions.")
  static final class Train extends StageCommand {
    Train() {
      super("train", "train");
    }
  }

  @Command(name = "attribute", description = "Lift tables, baselines, write-back.")
  static final class Attribute extends StageCommand {
    Attribute() {
      super("attribute", "attribute");
    }
  }

  @Command(name = "report", description = "Write the HTML report of a run.")
  static final class Report extends StageCommand {
    Report() {
      super("report", "report");
    }
  }
}

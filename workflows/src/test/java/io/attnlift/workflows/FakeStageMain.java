package io.attnlift.workflows;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** A tiny stand-in stage jar's main class, packed into a jar by {@link StageParserTest}. */
@Command(name = "attnlift-fake", subcommands = FakeStageMain.Fake.class)
public final class FakeStageMain {
  /** The stage's one command. */
  @Command(name = "fake")
  static final class Fake implements Callable<Integer> {
    @Option(names = "--run-id")
    String runId;

    @Option(names = "--sample-users")
    int sampleUsers;

    @Override
    public Integer call() {
      return 0;
    }
  }
}

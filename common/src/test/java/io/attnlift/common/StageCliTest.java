package io.attnlift.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

class StageCliTest {
  /** A stage-like command that fails in the way it is told to. */
  @Command(name = "toy")
  static class Toy implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Option(names = "--fail", defaultValue = "none")
    String fail;

    @Override
    public Integer call() {
      common.layout();
      switch (fail) {
        case "input" -> throw StageException.badInput("column EVENT_TS is missing in x.csv");
        case "transient" -> throw StageException.transientFailure("warehouse unreachable", null);
        case "bug" -> throw new IllegalStateException("boom");
        default -> {
          return ExitCodes.OK;
        }
      }
    }
  }

  private static int run(StringWriter err, String... args) {
    CommandLine cl = StageCli.commandLine(new Toy());
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void exitCodesFollowTheKindOfFailure() {
    assertEquals(0, run(new StringWriter()));
    assertEquals(2, run(new StringWriter(), "--fail", "input"));
    assertEquals(75, run(new StringWriter(), "--fail", "transient"));
    assertEquals(1, run(new StringWriter(), "--fail", "bug"));
  }

  @Test
  void aBadInputPrintsTheMessageNamingTheProblem() {
    StringWriter err = new StringWriter();
    run(err, "--fail", "input");
    assertTrue(err.toString().contains("column EVENT_TS is missing in x.csv"), err.toString());
  }

  @Test
  void anUnknownFlagIsAUsageErrorWithExit2() {
    StringWriter err = new StringWriter();
    assertEquals(2, run(err, "--no-such-flag"));
    assertTrue(err.toString().contains("--no-such-flag"), err.toString());
  }

  @Test
  void aBadRunIdIsRefusedWithExit2() {
    StringWriter err = new StringWriter();
    assertEquals(2, run(err, "--run-id", "../escape"));
    assertTrue(err.toString().contains("bad run id '../escape'"), err.toString());
  }
}

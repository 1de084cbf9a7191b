package io.attnlift.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AttnliftMainTest {
  private static int run(StringWriter out, StringWriter err, String... args) {
    CommandLine cl = AttnliftMain.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void helpListsEveryStageAndTheDagCommands() {
    StringWriter out = new StringWriter();
    assertEquals(0, run(out, new StringWriter(), "--help"));
    for (String c : new String[] {"demo", "run", "generate", "extract", "preprocess", "train",
        "attribute", "report"}) {
      assertTrue(out.toString().contains("  " + c + " "), c + " missing in\n" + out);
    }
  }

  @Test
  void runAndDemoPrintTheirOwnHelpInsteadOfTakingItAsAParameter() {
    for (String c : new String[] {"run", "demo"}) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      assertEquals(0, run(out, err, c, "--help"), c + ": " + err);
      assertTrue(out.toString().contains("Usage: attnlift " + c), out.toString());
      assertTrue(out.toString().contains("--run-id"), out.toString());
    }
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    StringWriter err = new StringWriter();
    assertEquals(2, run(new StringWriter(), err, "trian"));
    assertTrue(err.toString().contains("trian"), err.toString());
  }

  @Test
  void rerunningPartOfARunWithoutItsRunIdIsAUsageError() {
    StringWriter err = new StringWriter();
    assertEquals(2, run(new StringWriter(), err, "run", "--only", "train"));
    assertTrue(err.toString().contains("--run-id"), err.toString());
  }

  @Test
  void runRefusesAParameterTheWorkflowDoesNotHave() {
    StringWriter err = new StringWriter();
    assertEquals(2, run(new StringWriter(), err, "run", "--run-id", "r1", "--epochs", "3"));
    assertTrue(err.toString().contains("unknown parameter 'epochs'"), err.toString());
  }

  @Test
  void runParsesBothParameterForms() {
    assertEquals(java.util.Map.of("a", "1", "b", "x=y"),
        RunCommand.parse(java.util.List.of("--a", "1", "--b=x=y")));
  }

  @Test
  void anEmptyRunsRootIsRefusedAsArgoWouldPassIt() {
    StringWriter err = new StringWriter();
    assertEquals(2, run(new StringWriter(), err, "run", "--runs-root=", "--run-id", "r1"));
    assertTrue(err.toString().contains("--runs-root is empty"), err.toString());
    assertTrue(Files.notExists(Path.of("r1")), "nothing written in the working directory");
  }

  @Test
  void aRunsRootThatIsAFileIsBadInputWithoutAStackTrace(@TempDir Path tmp) throws Exception {
    Path file = Files.writeString(tmp.resolve("runs"), "x");
    StringWriter err = new StringWriter();

    assertEquals(2, run(new StringWriter(), err, "run", "--runs-root", file.toString(),
        "--run-id", "r1"));

    assertTrue(err.toString().startsWith("error: --runs-root " + file + ": " + file
        + " is a file, not a folder"), err.toString());
    assertTrue(!err.toString().contains("\tat "), "no stack trace");
  }
}

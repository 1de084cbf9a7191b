package io.attnlift.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.io.LocalOutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
        case "disk-full" -> {
          return writeParquetToAFullDisk();
        }
        default -> {
          return ExitCodes.OK;
        }
      }
    }
  }

  /** What parquet-java does on a full disk: "Unable to close resource" around ENOSPC. */
  static Integer writeParquetToAFullDisk() {
    try (ParquetWriter<GenericRecord> w =
        AvroParquetWriter.<GenericRecord>builder(new LocalOutputFile(Path.of("/dev/full")))
            .withSchema(Contract.EVENTS.schema()).withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
            .build()) {
      for (int i = 0; i < 20_000; i++) {
        w.write(Records.event("u" + i, "s" + i, i, "click", "m_card_click", "7"));
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return ExitCodes.OK;
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
  void aFullDiskSaysSoInsteadOfTheWrappersMessage() {
    assumeTrue(Files.exists(Path.of("/dev/full")), "needs /dev/full (Linux)");
    StringWriter err = new StringWriter();

    assertEquals(1, run(err, "--fail", "disk-full"));
    assertTrue(err.toString().startsWith("error: No space left on device"), err.toString());
  }

  @Test
  void anEmptyOrBlankRunsRootIsRefusedRatherThanWritingIntoTheWorkingDirectory() {
    for (String[] args : List.of(new String[] {"--runs-root", ""},
        new String[] {"--runs-root="}, new String[] {"--runs-root", " "})) {
      StringWriter err = new StringWriter();
      assertEquals(2, run(err, args), String.join("|", args));
      assertTrue(err.toString().contains("--runs-root is empty"), err.toString());
    }
  }

  @Test
  void aRunsRootThatIsAFileIsBadInputWithoutAStackTrace(@TempDir Path tmp) throws Exception {
    Path file = Files.writeString(tmp.resolve("runs"), "not a folder");
    StringWriter err = new StringWriter();

    assertEquals(2, run(err, "--runs-root", file.toString(), "--run-id", "r1"));
    assertEquals("error: --runs-root " + file + ": " + file + " is a file, not a folder"
        + " (--runs-root names the folder that holds the runs)", err.toString().strip());
  }

  @Test
  void aBadRunIdIsRefusedWithExit2() {
    StringWriter err = new StringWriter();
    assertEquals(2, run(err, "--run-id", "../escape"));
    assertTrue(err.toString().contains("bad run id '../escape'"), err.toString());
  }
}

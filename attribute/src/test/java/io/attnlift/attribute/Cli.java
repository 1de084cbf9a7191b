package io.attnlift.attribute;

import io.attnlift.common.StageCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the stage's command line in-process, capturing its output and error text. */
final class Cli {
  final int exitCode;
  final String out;
  final String err;

  private Cli(int exitCode, String out, String err) {
    this.exitCode = exitCode;
    this.out = out;
    this.err = err;
  }

  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = StageCli.commandLine(new AttributeMain());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = StageCli.execute(cl, args);
    return new Cli(code, out.toString(), err.toString());
  }
}

package io.attnlift.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Runs a picocli command and maps its failures to the shared exit codes: a {@link StageException}
 * exits with its own code and its message, a usage error with 2, anything else with 1 and a stack
 * trace. Stage mains are one line: {@code System.exit(StageCli.execute(new Cmd(), args))}.
 */
public final class StageCli {
  private static final Logger LOG = LoggerFactory.getLogger(StageCli.class);

  private StageCli() {}

  /** A command line with the shared error handling, for tests that capture its output. */
  public static CommandLine commandLine(Object command) {
    CommandLine cl = new CommandLine(command);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          StageException se = find(ex);
          if (se != null) {
            commandLine.getErr().println("error: " + se.getMessage());
            return se.exitCode();
          }
          LOG.error("failed: {}", ex.toString(), ex);
          commandLine.getErr().println("error: " + ex);
          return ExitCodes.FAILURE;
        });
    return cl;
  }

  /** Parses and runs {@code args}; returns the exit code. */
  public static int execute(Object command, String... args) {
    return commandLine(command).execute(args);
  }

  private static StageException find(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof StageException se) {
        return se;
      }
    }
    return null;
  }
}

package io.attnlift.common;

/**
 * A failure that a stage reports to its caller with a message naming the problem (the file, the
 * column, the value) and the exit code that says what kind of failure it is.
 */
public class StageException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  public StageException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** Bad input or usage: exit 2. */
  public static StageException badInput(String format, Object... args) {
    return new StageException(ExitCodes.BAD_INPUT, String.format(format, args), null);
  }

  /** A transient failure, worth retrying: exit 75. */
  public static StageException transientFailure(String message, Throwable cause) {
    return new StageException(ExitCodes.TRANSIENT, message, cause);
  }

  /** An unexpected failure: exit 1. */
  public static StageException failure(String message, Throwable cause) {
    return new StageException(ExitCodes.FAILURE, message, cause);
  }

  public int exitCode() {
    return exitCode;
  }
}

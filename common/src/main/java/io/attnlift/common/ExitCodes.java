package io.attnlift.common;

/** Process exit codes shared by every stage; Argo retries {@link #TRANSIENT} and nothing else. */
public final class ExitCodes {
  /** The stage did what it was asked. */
  public static final int OK = 0;
  /** A bug or an unexpected failure: retrying will not help. */
  public static final int FAILURE = 1;
  /** Bad input or usage: a missing file, a wrong column, a bad flag. Fix the input, then rerun. */
  public static final int BAD_INPUT = 2;
  /** A transient failure (warehouse unreachable, ...): the same command may succeed later. */
  public static final int TRANSIENT = 75;

  private ExitCodes() {}
}

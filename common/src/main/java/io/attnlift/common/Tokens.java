package io.attnlift.common;

/** Reserved values shared by the stages that build and read sequences. */
public final class Tokens {
  /** Raw value and vocabulary token of the store columns for an event without a store. */
  public static final String NO_STORE = "NO_STORE";
  /** Raw value and vocabulary token for an event without a discovery feature. */
  public static final String NO_FEATURE = "NO_FEATURE";
  /** Vocabulary index of padding. */
  public static final int PAD = 0;
  /** Vocabulary index of values seen too rarely in training (or never). */
  public static final int OOV = 1;

  private Tokens() {}
}

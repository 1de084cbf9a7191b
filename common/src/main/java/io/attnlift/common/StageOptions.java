package io.attnlift.common;

/**
 * A stage's one immutable options record. {@link StageConfig#resolve} calls {@link #validate()}
 * once, after defaults, preset and flags are merged: the stage's one validation step.
 */
public interface StageOptions {
  /** Refuses a bad combination or value with exit 2, naming the option. */
  void validate();
}

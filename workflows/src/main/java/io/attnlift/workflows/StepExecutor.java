package io.attnlift.workflows;

import java.util.List;

/** Runs the steps of the DAG: each stage's jar as a process, or each step in its container. */
interface StepExecutor {
  /** Checks, before the first step, that every step can run; throws a StageException if not. */
  void check(List<LocalDag.Step> steps);

  /** Runs one step to its end and returns its exit code (after any retries). */
  int run(LocalDag.Step step);

  /** The flags that choose this executor on {@code attnlift run}, for rerun hints. */
  default String flags() {
    return "";
  }
}

package io.attnlift.report;

/**
 * What the change section compares this run with: an earlier run, or why there is none.
 *
 * @param previous the earlier run read, or null
 * @param absence why there is no comparison (null when {@code previous} is set)
 */
record Comparison(PreviousRun previous, String absence) {
  /** A comparison with this earlier run. */
  static Comparison with(PreviousRun previous) {
    return new Comparison(previous, null);
  }

  /** No earlier complete run in the runs root. */
  static Comparison none() {
    return new Comparison(null, "No earlier complete run to compare with.");
  }

  /** The latest earlier run was found but this build cannot read it. */
  static Comparison unreadable(String runId, String reason) {
    return new Comparison(null, "The latest earlier run, " + runId
        + ", cannot be compared with this one: " + reason);
  }

  /** The earlier run's id, or null. */
  String previousRunId() {
    return previous == null ? null : previous.runId();
  }
}

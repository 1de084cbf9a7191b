package io.attnlift.common;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * What an unexpected failure really was, for its one-line message: libraries wrap the cause
 * (parquet's "Unable to close resource" around the disk being full, Beam's pipeline failure
 * around a stage's own error), so the line names the innermost cause, and a full disk wherever
 * it hides (a cause or a suppressed exception).
 */
public final class Failures {
  static final String NO_SPACE = "No space left on device";

  private Failures() {}

  /** The message of the exception that says the disk is full, or null when none does. */
  public static String noSpace(Throwable t) {
    for (Throwable c : tree(t)) {
      String m = c.getMessage();
      if (m != null && m.contains(NO_SPACE)) {
        return m;
      }
    }
    return null;
  }

  /** The exception and, when it wraps another, its innermost cause. */
  public static String describe(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == t ? t.toString() : t + "; caused by " + root;
  }

  /** The exception, its causes and suppressed exceptions, each once. */
  private static Iterable<Throwable> tree(Throwable t) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> todo = new ArrayDeque<>();
    todo.add(t);
    while (!todo.isEmpty()) {
      Throwable c = todo.poll();
      if (c == null || !seen.add(c)) {
        continue;
      }
      if (c.getCause() != null) {
        todo.add(c.getCause());
      }
      Collections.addAll(todo, c.getSuppressed());
    }
    return seen;
  }
}

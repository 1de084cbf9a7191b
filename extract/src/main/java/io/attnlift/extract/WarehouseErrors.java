package io.attnlift.extract;

import io.attnlift.common.Secrets;
import io.attnlift.common.StageException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;

/**
 * Classifies warehouse errors into the stage's exit codes: unreachable (transient, exit 75 after
 * bounded retries), refused credentials (exit 2, never echoing them), a missing table or column
 * (exit 2), and anything else (exit 1).
 */
public final class WarehouseErrors {
  /** What kind of failure a warehouse error is. */
  public enum Kind { UNREACHABLE, CREDENTIALS, BAD_INPUT, OTHER }

  /** Snowflake login errors: wrong user or password, bad JWT or key, locked or disabled user. */
  private static final Set<Integer> SNOWFLAKE_AUTH =
      Set.of(390100, 390101, 390102, 390144, 390145, 390146, 390318, 394304, 394400);
  /** Snowflake: object does not exist or not authorized, invalid identifier, SQL syntax. */
  private static final Set<Integer> SNOWFLAKE_BAD_INPUT = Set.of(2003, 904, 1003, 390201, 390189);

  private WarehouseErrors() {}

  /** The kind of {@code e}, from its SQL state, vendor code and causes. */
  public static Kind classify(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof UnknownHostException
          || t instanceof NoRouteToHostException || t instanceof InterruptedIOException
          || t instanceof SocketException) {
        return Kind.UNREACHABLE;
      }
    }
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String msg = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    if (state.startsWith("28") || SNOWFLAKE_AUTH.contains(e.getErrorCode())) {
      return Kind.CREDENTIALS;
    }
    if (state.startsWith("08") || msg.contains("communication error")
        || msg.contains("connection refused") || msg.contains("timed out")) {
      return Kind.UNREACHABLE;
    }
    if (state.startsWith("42") || SNOWFLAKE_BAD_INPUT.contains(e.getErrorCode())
        || msg.contains("catalog error") || msg.contains("binder error")
        || msg.contains("does not exist")) {
      return Kind.BAD_INPUT;
    }
    return Kind.OTHER;
  }

  /**
   * Maps an error met while {@code doing} something to the stage's failure, naming the source;
   * the driver's message is kept, with any secret in {@code secrets} blanked out.
   */
  public static StageException map(SQLException e, String doing, String where,
      String... secrets) {
    String detail = Secrets.scrub(e.getMessage(), secrets);
    return switch (classify(e)) {
      case UNREACHABLE -> StageException.transientFailure(
          "cannot reach " + where + " while " + doing + ": " + detail, null);
      case CREDENTIALS -> StageException.badInput(
          "%s refused the credentials while %s (error %d, SQL state %s): check the user, role"
              + " and the key or password in the environment", where, doing, e.getErrorCode(),
          e.getSQLState());
      case BAD_INPUT -> StageException.badInput("%s: error while %s: %s", where, doing, detail);
      case OTHER -> StageException.failure(
          where + ": error while " + doing + ": " + detail, null);
    };
  }
}

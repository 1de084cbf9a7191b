package io.attnlift.common.warehouse;

import io.attnlift.common.Secrets;
import io.attnlift.common.StageException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * The one classification of warehouse errors (Snowflake and DuckDB) into exit codes. Only what
 * may pass is transient (exit 75, the only code Argo retries): an unreachable host, a lock held
 * by another process. Refused credentials are bad input (exit 2) and an untrusted TLS certificate
 * a failure (exit 1): retrying cannot fix either. No message carries a secret.
 */
public final class WarehouseErrors {
  /** What kind of failure a warehouse error is. */
  public enum Kind { UNREACHABLE, BUSY, TLS, CREDENTIALS, BAD_INPUT, OTHER }

  /** Snowflake login errors: wrong user or password, bad JWT or key, locked or disabled user. */
  private static final Set<Integer> SNOWFLAKE_AUTH =
      Set.of(390100, 390101, 390102, 390144, 390145, 390146, 390318, 394304, 394400);
  /** Snowflake: object does not exist or not authorized, invalid identifier, SQL syntax. */
  private static final Set<Integer> SNOWFLAKE_BAD_INPUT = Set.of(2003, 904, 1003, 390201, 390189);
  /** Words of a certificate the client does not trust, in any cause's message. */
  private static final List<String> TLS_WORDS = List.of("pkix path", "certification path",
      "certificate_unknown", "bad_certificate", "certificate expired", "subject alternative name");

  private WarehouseErrors() {}

  /** The kind of {@code e}, from its causes, SQL state, vendor code and message. */
  public static Kind classify(SQLException e) {
    if (untrustedCertificate(e)) {
      return Kind.TLS;
    }
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
    if (msg.contains("lock") || msg.contains("conflict")) {
      return Kind.BUSY;
    }
    if (state.startsWith("42") || SNOWFLAKE_BAD_INPUT.contains(e.getErrorCode())
        || msg.contains("catalog error") || msg.contains("binder error")
        || msg.contains("does not exist")) {
      return Kind.BAD_INPUT;
    }
    return Kind.OTHER;
  }

  private static boolean untrustedCertificate(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CertificateException || t instanceof CertPathValidatorException
          || t instanceof CertPathBuilderException || t instanceof SSLPeerUnverifiedException) {
        return true;
      }
      String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (TLS_WORDS.stream().anyMatch(m::contains)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Maps an error met while {@code doing} something to the stage's failure, naming the warehouse;
   * the driver's message is kept with every secret in {@code secrets} blanked out, except for
   * refused credentials, whose message is not echoed at all.
   */
  public static StageException map(SQLException e, String doing, String where,
      String... secrets) {
    String detail = Secrets.scrub(e.getMessage(), secrets);
    return switch (classify(e)) {
      case UNREACHABLE -> StageException.transientFailure(
          "cannot reach " + where + " while " + doing + ": " + detail, null);
      case BUSY -> StageException.transientFailure(
          where + " is busy (locked by another process) while " + doing + ": " + detail, null);
      case TLS -> StageException.failure(where + " presented a TLS certificate this machine"
          + " does not trust while " + doing + ": check the host (or account) and the trust"
          + " store; retrying will not help: " + detail, null);
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

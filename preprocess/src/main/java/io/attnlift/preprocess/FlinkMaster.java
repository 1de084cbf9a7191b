package io.attnlift.preprocess;

import io.attnlift.common.StageException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

/**
 * A Flink session cluster that cannot be reached is transient (exit 75: it may be starting, or
 * restarting, and Argo retries), and the message names the address, instead of Beam's "Pipeline
 * execution failed".
 */
final class FlinkMaster {
  private FlinkMaster() {}

  /** {@code e} as a transient failure naming the master when it says the master is unreachable. */
  static RuntimeException classify(PreprocessOptions o, RuntimeException e) {
    if (o.runner() != PreprocessOptions.Runner.FLINK || o.flinkMaster().startsWith("[")) {
      return e;
    }
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof ConnectException || c instanceof NoRouteToHostException
          || c instanceof UnknownHostException) {
        return StageException.transientFailure(String.format(
            "the Flink master %s cannot be reached (%s): the cluster is down, still starting or"
                + " at another address (--flink-master); on this machine `attnlift flink status`"
                + " tells whether one runs", o.flinkMaster(), reason(c)), e);
      }
    }
    return e;
  }

  private static String reason(Throwable c) {
    Throwable r = c;
    while (r.getCause() != null && r.getMessage() == null) {
      r = r.getCause();
    }
    return r.getMessage() == null ? r.getClass().getSimpleName() : r.getMessage();
  }
}

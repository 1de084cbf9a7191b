package io.attnlift.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import io.attnlift.common.StageException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template's Argo {@code retryStrategy}, as far as a local executor applies it: how many retries,
 * for which exit codes, and the exponential backoff between them.
 *
 * @param limit retries after the first attempt ({@code limit: "3"}: four attempts at most)
 * @param exitCodes the exit codes its expression retries ({@code lastRetry.exitCode == "75"}), or
 *     empty for every non-zero one
 * @param backoff the wait before the first retry
 * @param factor what each further wait is multiplied by
 * @param maxDuration no retry starts later than this after the first attempt, or null
 */
public record RetryStrategy(
    int limit, Set<Integer> exitCodes, Duration backoff, double factor, Duration maxDuration) {

  /** No retries: a template without a retryStrategy. */
  public static final RetryStrategy NONE = new RetryStrategy(0, Set.of(), Duration.ZERO, 1, null);

  private static final Pattern EXIT_CODE = Pattern.compile(
      "(?:lastRetry\\.exitCode|asInt\\(lastRetry\\.exitCode\\))\\s*==\\s*\"?(\\d+)\"?");
  private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");

  /**
   * Reads a {@code retryStrategy} node (missing: {@link #NONE}). The expression may be one or more
   * {@code lastRetry.exitCode == "N"} joined by {@code ||}; anything else is refused, as is a
   * retry policy other than {@code OnFailure} or {@code Always}: the local run cannot evaluate it.
   */
  public static RetryStrategy parse(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return NONE;
    }
    String policy = node.path("retryPolicy").asText("OnFailure");
    if (!policy.equals("OnFailure") && !policy.equals("Always")) {
      throw StageException.failure("retryPolicy '" + policy + "' concerns Kubernetes errors, not"
          + " exit codes; the local executor cannot apply it", null);
    }
    JsonNode backoff = node.path("backoff");
    return new RetryStrategy(
        Integer.parseInt(node.path("limit").asText("0")),
        exitCodes(node.path("expression").asText("")),
        duration(backoff.path("duration").asText("0")),
        Double.parseDouble(backoff.path("factor").asText("1")),
        backoff.has("maxDuration") ? duration(backoff.path("maxDuration").asText()) : null);
  }

  /** Whether a failed attempt with this exit code is one the strategy retries. */
  public boolean retries(int exitCode) {
    return exitCode != 0 && limit > 0 && (exitCodes.isEmpty() || exitCodes.contains(exitCode));
  }

  /** The wait before retry number {@code retry} (1 for the first retry). */
  public Duration delay(int retry) {
    double seconds = backoff.toMillis() / 1000.0 * Math.pow(factor, retry - 1);
    return Duration.ofMillis(Math.round(seconds * 1000));
  }

  /**
   * Whether retry number {@code retry} may run after an attempt that exited with {@code exitCode},
   * {@code elapsed} after the first attempt started: within the limit, and starting (after its
   * backoff) inside the maximum duration.
   */
  public boolean allows(int retry, int exitCode, Duration elapsed) {
    return retries(exitCode) && retry <= limit
        && (maxDuration == null || elapsed.plus(delay(retry)).compareTo(maxDuration) <= 0);
  }

  static Set<Integer> exitCodes(String expression) {
    Set<Integer> codes = new LinkedHashSet<>();
    if (expression.isBlank()) {
      return codes;
    }
    for (String part : expression.split("\\|\\|")) {
      Matcher m = EXIT_CODE.matcher(part.strip());
      if (!m.matches()) {
        throw StageException.failure("retry expression '" + expression + "' is more than exit"
            + " codes joined by ||; the local executor cannot evaluate it", null);
      }
      codes.add(Integer.parseInt(m.group(1)));
    }
    return codes;
  }

  /** An Argo duration: a number of seconds, or Go's form such as {@code 2m}, {@code 1h30m}. */
  static Duration duration(String text) {
    if (text.matches("\\d+")) {
      return Duration.ofSeconds(Long.parseLong(text));
    }
    Matcher m = DURATION_PART.matcher(text);
    double ms = 0;
    int end = 0;
    while (m.find() && m.start() == end) {
      double n = Double.parseDouble(m.group(1));
      ms += n * switch (m.group(2)) {
        case "h" -> 3_600_000;
        case "m" -> 60_000;
        case "s" -> 1_000;
        default -> 1;
      };
      end = m.end();
    }
    if (end != text.length() || text.isEmpty()) {
      throw StageException.failure("'" + text + "' is not a duration (e.g. 2m, 90s)", null);
    }
    return Duration.ofMillis(Math.round(ms));
  }
}

package io.attnlift.preprocess;

import io.attnlift.common.Contract;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.StageException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Refuses a run in which no session converted: the model would have nothing to learn, and the
 * usual cause is a setting, not the data (conversion events misspelt, funnel events typed
 * {@code FUNNEL}, an export without orders). Checked on the pipeline's counts; only when they are
 * zero are the events read again, to say what was seen instead.
 */
final class ConversionCheck {
  private static final int SHOWN = 8;

  private ConversionCheck() {}

  /**
   * Fails with exit 2 when a variant kept no converted session: when none has any, naming the
   * conversion events and what the events hold instead; when only some have none, naming the
   * variant whose filter removed them all.
   *
   * @param sessions sessions kept per variant
   * @param converted converted sessions kept per variant
   */
  static void require(Map<String, Long> sessions, Map<String, Long> converted, Path eventsDir,
      FunnelRules rules) throws IOException {
    Map.Entry<String, Long> most = converted.entrySet().stream()
        .max(Map.Entry.comparingByValue()).orElseThrow();
    if (most.getValue() > 0) {
      for (Map.Entry<String, Long> v : converted.entrySet()) {
        if (v.getValue() == 0) {
          throw StageException.badInput("variant %s kept no converted session (of %,d): its"
              + " filter left every converting session empty (%s keeps %,d), so its model has"
              + " nothing to learn; drop it from --variants", v.getKey(),
              sessions.get(v.getKey()), most.getKey(), most.getValue());
        }
      }
      return;
    }
    long total = sessions.values().stream().mapToLong(Long::longValue).max().orElse(0);
    Map<String, Long> types = new TreeMap<>();
    Map<String, Long> funnel = new TreeMap<>();
    Map<String, Long> named = new TreeMap<>();
    Set<String> lower = lower(rules.conversions());
    Set<String> lowerTypes = lower(rules.types());
    Set<String> lowerEvents = lower(rules.events());
    ParquetFiles.read(eventsDir, Contract.EVENTS, r -> {
      String type = String.valueOf(r.get("event_type"));
      String event = String.valueOf(r.get("event"));
      types.merge(type, 1L, Long::sum);
      if (lowerTypes.contains(lower(type)) || lowerEvents.contains(lower(event))) {
        funnel.merge(type + "/" + event, 1L, Long::sum);
      }
      if (lower.contains(lower(event))) {
        named.merge(type + "/" + event, 1L, Long::sum);
      }
    });
    throw StageException.badInput(
        "no session converted (0 of %,d): a conversion is a funnel event (EVENT_TYPE among"
            + " --funnel-event-types %s%s) whose EVENT is among --conversion-events %s. Seen: %s;"
            + " events named like a conversion event: %s; EVENT_TYPE values: %s. Check"
            + " --conversion-events (EVENT names) and --funnel-event-types (case matters in"
            + " both); an export without orders cannot train a conversion model",
        total, sorted(rules.types()),
        rules.events().isEmpty() ? "" : " or EVENT among --funnel-events "
            + sorted(rules.events()), sorted(rules.conversions()),
        funnel.isEmpty() ? "no funnel events" : "funnel events " + top(funnel),
        named.isEmpty() ? "none" : top(named), top(types));
  }

  private static List<String> sorted(Set<String> s) {
    return s.stream().sorted().toList();
  }

  private static Set<String> lower(Set<String> s) {
    return s.stream().map(ConversionCheck::lower).collect(Collectors.toSet());
  }

  /** Text from the data, safe to print: control characters escaped, at most 60 characters. */
  private static String shown(String value) {
    StringBuilder b = new StringBuilder();
    value.codePoints().limit(60).forEach(c -> b.append(Character.isISOControl(c)
        ? String.format("\\u%04x", c) : Character.toString(c)));
    return value.codePointCount(0, value.length()) > 60 ? b + "..." : b.toString();
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** The most frequent keys with their counts, {@code a (12), b (3), ... and 4 more}. */
  static String top(Map<String, Long> counts) {
    List<Map.Entry<String, Long>> sorted = counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .toList();
    String shown = sorted.stream().limit(SHOWN)
        .map(e -> String.format("%s (%,d)", shown(e.getKey()), e.getValue()))
        .collect(Collectors.joining(", "));
    return sorted.size() > SHOWN ? shown + " and " + (sorted.size() - SHOWN) + " more" : shown;
  }
}

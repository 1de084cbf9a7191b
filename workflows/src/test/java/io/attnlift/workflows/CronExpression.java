package io.attnlift.workflows;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * A standard five-field cron expression (minute, hour, day of month, month, day of week), as the
 * Argo controller's cron library (robfig/cron v3, standard parser) reads it: lists, ranges, steps,
 * {@code *} (and {@code ?} for the days), month and day names, days of week 0 (Sunday) to 6, and
 * the {@code @daily}-style descriptors.
 */
final class CronExpression {
  private static final List<String> FIELDS =
      List.of("minute", "hour", "day of month", "month", "day of week");
  private static final int[][] RANGES = {{0, 59}, {0, 23}, {1, 31}, {1, 12}, {0, 6}};
  private static final List<String> MONTHS = List.of(
      "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
  private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
  private static final Map<String, String> DESCRIPTORS = Map.of(
      "@yearly", "0 0 1 1 *", "@annually", "0 0 1 1 *", "@monthly", "0 0 1 * *",
      "@weekly", "0 0 * * 0", "@daily", "0 0 * * *", "@midnight", "0 0 * * *",
      "@hourly", "0 * * * *");

  private final BitSet[] fields;

  private CronExpression(BitSet[] fields) {
    this.fields = fields;
  }

  /** Parses an expression, or throws {@link IllegalArgumentException} naming the bad field. */
  static CronExpression parse(String expression) {
    String text = DESCRIPTORS.getOrDefault(expression.trim(), expression.trim());
    String[] parts = text.split("\\s+");
    if (parts.length != 5) {
      throw new IllegalArgumentException(
          "'" + expression + "' has " + parts.length + " fields, not 5");
    }
    BitSet[] fields = new BitSet[5];
    for (int i = 0; i < 5; i++) {
      fields[i] = field(parts[i], i, expression);
    }
    return new CronExpression(fields);
  }

  /** Whether the expression fires at this minute of this hour on this day of week (0 = Sunday). */
  boolean firesAt(int minute, int hour, int dayOfWeek) {
    return fields[0].get(minute) && fields[1].get(hour) && fields[4].get(dayOfWeek);
  }

  /** The days of week it fires on (0 = Sunday). */
  BitSet daysOfWeek() {
    return (BitSet) fields[4].clone();
  }

  private static BitSet field(String text, int index, String expression) {
    BitSet set = new BitSet();
    for (String item : text.split(",", -1)) {
      try {
        item(item, index, set);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("'" + expression + "': bad " + FIELDS.get(index)
            + " '" + item + "': " + e.getMessage(), e);
      }
    }
    return set;
  }

  private static void item(String item, int index, BitSet set) {
    int min = RANGES[index][0];
    int max = RANGES[index][1];
    String[] stepParts = item.split("/", -1);
    if (stepParts.length > 2) {
      throw new IllegalArgumentException("more than one '/'");
    }
    int step = stepParts.length == 2 ? number(stepParts[1], 1, max - min + 1) : 1;
    String range = stepParts[0];
    int lo;
    int hi;
    if (range.equals("*") || (range.equals("?") && index % 2 == 0 && index > 0)) {
      lo = min;
      hi = max;
    } else if (range.contains("-")) {
      String[] ends = range.split("-", -1);
      if (ends.length != 2) {
        throw new IllegalArgumentException("a range has two ends");
      }
      lo = value(ends[0], index, min, max);
      hi = value(ends[1], index, min, max);
      if (lo > hi) {
        throw new IllegalArgumentException("the range runs backwards");
      }
    } else {
      lo = value(range, index, min, max);
      hi = stepParts.length == 2 ? max : lo;
    }
    for (int v = lo; v <= hi; v += step) {
      set.set(v);
    }
  }

  private static int value(String text, int index, int min, int max) {
    String upper = text.toUpperCase(java.util.Locale.ROOT);
    if (index == 3 && MONTHS.contains(upper)) {
      return MONTHS.indexOf(upper) + 1;
    }
    if (index == 4 && DAYS.contains(upper)) {
      return DAYS.indexOf(upper);
    }
    return number(text, min, max);
  }

  private static int number(String text, int min, int max) {
    if (!text.matches("[0-9]{1,2}")) {
      throw new IllegalArgumentException("'" + text + "' is not a number");
    }
    int v = Integer.parseInt(text);
    if (v < min || v > max) {
      throw new IllegalArgumentException(v + " is outside " + min + "-" + max);
    }
    return v;
  }
}

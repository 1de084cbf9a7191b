package io.attnlift.report;

import java.util.Locale;

/** Number formatting for the report: fixed decimals, thousands separators, n/a for missing. */
final class Fmt {
  static final String NA = "n/a";

  private Fmt() {}

  /** A number with {@code digits} decimals, or n/a. */
  static String num(double x, int digits) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return NA;
    }
    return String.format(Locale.ROOT, "%,." + digits + "f", x);
  }

  /** A count with thousands separators, or n/a. */
  static String count(double x) {
    return Double.isNaN(x) ? NA : String.format(Locale.ROOT, "%,d", Math.round(x));
  }

  /** A share as a percentage with one decimal, or n/a. */
  static String pct(double share) {
    return Double.isNaN(share) ? NA : String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  /** A number with an explicit sign, e.g. {@code +0.012}, or n/a. */
  static String signed(double x, int digits) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return NA;
    }
    return String.format(Locale.ROOT, "%+." + digits + "f", x);
  }

  /** An interval such as {@code [0.010, 0.020]} (no-break space), or n/a for a missing end. */
  static String ci(double lo, double hi, int digits) {
    if (Double.isNaN(lo) || Double.isNaN(hi)) {
      return NA;
    }
    return "[" + num(lo, digits) + ",\u00a0" + num(hi, digits) + "]";
  }

  /** A lift with its sign: 4 decimals (lifts are small differences of shares), 2 from 1 up. */
  static String lift(double x) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return NA;
    }
    return String.format(Locale.ROOT, Math.abs(x) >= 1 ? "%+.2f" : "%+.4f", x);
  }

  /** An AUC with its interval, e.g. {@code 0.812 [0.790, 0.833]}, or just the AUC. */
  static String auc(io.attnlift.common.stats.Auc a) {
    String ci = ci(a.ciLow(), a.ciHigh(), 3);
    return ci.equals(NA) ? num(a.value(), 3) : num(a.value(), 3) + " " + ci;
  }

  /** An AUC, its interval and what it rests on, e.g. {@code 0.620 [0.590, 0.650] on 2,363
   * sessions (457 converted, 948 users)}. */
  static String aucCounted(io.attnlift.common.stats.Auc a) {
    return auc(a) + " on " + count(a.sessions()) + " sessions (" + count(a.converted())
        + " converted, " + count(a.users()) + " users)";
  }

  /** A lift and its interval in one cell, e.g. {@code +0.0123 [0.0093, 0.0153]}. */
  static String liftCi(double x, double lo, double hi) {
    String ci = ci(lo, hi, 4);
    return ci.equals(NA) ? lift(x) : lift(x) + " " + ci;
  }
}

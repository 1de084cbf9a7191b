package io.attnlift.report;

import java.util.ArrayList;
import java.util.List;

/** A linear scale from a data domain onto a pixel range, with round tick values. */
final class Axis {
  final double lo;
  final double hi;
  private final double from;
  private final double to;

  /** Maps [lo, hi] (widened when empty) onto [from, to]. */
  Axis(double lo, double hi, double from, double to) {
    if (!(hi > lo)) {
      double pad = Math.abs(lo) > 0 ? Math.abs(lo) * 0.1 : 1;
      lo -= pad;
      hi += pad;
    }
    this.lo = lo;
    this.hi = hi;
    this.from = from;
    this.to = to;
  }

  /** An axis whose ends are widened to round tick values. */
  static Axis nice(double lo, double hi, double from, double to) {
    Axis raw = new Axis(lo, hi, from, to);
    double step = step(raw.lo, raw.hi, raw.count());
    return new Axis(Math.floor(raw.lo / step) * step, Math.ceil(raw.hi / step) * step, from, to);
  }

  double at(double v) {
    return from + (v - lo) / (hi - lo) * (to - from);
  }

  /** Round values between lo and hi, about one per 60 pixels. */
  List<Double> ticks() {
    double step = step(lo, hi, count());
    List<Double> out = new ArrayList<>();
    for (double v = Math.ceil(lo / step - 1e-9) * step; v <= hi + step * 1e-9; v += step) {
      out.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
    }
    return out;
  }

  /** The tick label for a value on this axis. */
  String label(double v) {
    double step = step(lo, hi, count());
    int digits = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
    return Fmt.num(v, Math.min(digits, 6));
  }

  /** About one tick per 60 pixels, between 2 and 6. */
  private int count() {
    return (int) Math.max(2, Math.min(6, Math.abs(to - from) / 60));
  }

  private static double step(double lo, double hi, int count) {
    double raw = (hi - lo) / count;
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double r = raw / mag;
    return (r < 1.5 ? 1 : r < 3 ? 2 : r < 7 ? 5 : 10) * mag;
  }
}

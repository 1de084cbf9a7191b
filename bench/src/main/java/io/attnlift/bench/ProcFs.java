package io.attnlift.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the harness needs from Linux's {@code /proc}: a process's RSS, its name, the load. */
public final class ProcFs {
  private static final Pattern VM_RSS = Pattern.compile("(?m)^VmRSS:\\s+(\\d+)\\s+kB");
  private static final Pattern STAGE_JAR = Pattern.compile("attnlift-([a-z]+)\\.jar");

  private ProcFs() {}

  /** The resident set size in kB from the text of {@code /proc/<pid>/status}; 0 when absent. */
  public static long rssKb(String statusText) {
    Matcher m = VM_RSS.matcher(statusText);
    return m.find() ? Long.parseLong(m.group(1)) : 0;
  }

  /**
   * A short name for a process from its NUL-separated {@code /proc/<pid>/cmdline}: the stage of an
   * {@code attnlift-<stage>.jar} it runs (the {@code attnlift} command itself is
   * {@code workflows}), else the file name of its program.
   */
  public static String label(String cmdline) {
    String[] argv = cmdline.split("\0");
    for (String arg : argv) {
      Matcher m = STAGE_JAR.matcher(arg);
      if (m.find()) {
        return m.group(1);
      }
    }
    if (argv.length == 0 || argv[0].isEmpty()) {
      return "?";
    }
    String prog = argv[0];
    return prog.substring(prog.lastIndexOf('/') + 1);
  }

  /** The RSS of a live process in kB, or -1 when it has gone. */
  public static long rssKb(long pid) {
    String s = read(Path.of("/proc", Long.toString(pid), "status"));
    return s == null ? -1 : rssKb(s);
  }

  /** The label of a live process, or null when it has gone. */
  public static String label(long pid) {
    String s = read(Path.of("/proc", Long.toString(pid), "cmdline"));
    return s == null ? null : label(s);
  }

  /** The 1, 5 and 15 minute load averages, or an empty array where {@code /proc} is absent. */
  public static double[] loadAverage() {
    String s = read(Path.of("/proc/loadavg"));
    if (s == null) {
      return new double[0];
    }
    String[] f = s.trim().split("\\s+");
    return new double[] {
      Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2])
    };
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      return null; // the process ended between listing and reading
    }
  }
}

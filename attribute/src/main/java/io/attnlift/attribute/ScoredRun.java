package io.attnlift.attribute;

import io.attnlift.common.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A variant's scored events grouped by session: events sorted by session, then position; session
 * {@code s} holds events {@code start(s)} to {@code end(s) - 1}.
 */
public final class ScoredRun {
  /** The measures a lift is computed for: each method, plus attention x length. */
  static final int MEASURES = Method.values().length + 1;

  /** Index of attention x session length among the measures. */
  static final int LENGTH_ADJUSTED = Method.values().length;

  private final List<ScoredEvent> events;
  private final int[] sessionOf;
  private final int[] starts;
  private final int[] labels;
  private final String[] splits;
  private final double[][] measures;

  private ScoredRun(List<ScoredEvent> sorted) {
    this.events = sorted;
    this.sessionOf = new int[sorted.size()];
    List<Integer> startList = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      if (i == 0 || !sorted.get(i).sessionId().equals(sorted.get(i - 1).sessionId())) {
        startList.add(i);
      }
      sessionOf[i] = startList.size() - 1;
    }
    startList.add(sorted.size());
    this.starts = startList.stream().mapToInt(Integer::intValue).toArray();
    this.labels = new int[starts.length - 1];
    this.splits = new String[starts.length - 1];
    for (int s = 0; s < labels.length; s++) {
      labels[s] = sorted.get(starts[s]).label();
      splits[s] = sorted.get(starts[s]).split();
    }
    this.measures = new double[MEASURES][sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      ScoredEvent e = sorted.get(i);
      for (Method m : Method.values()) {
        measures[m.ordinal()][i] = e.scores()[m.ordinal()];
      }
      measures[LENGTH_ADJUSTED][i] = e.scores()[Method.ATTENTION.ordinal()] * e.length();
    }
  }

  /** Groups events by session (in order of first appearance) and sorts each by position. */
  public static ScoredRun of(List<ScoredEvent> events) {
    Map<String, List<ScoredEvent>> bySession = new LinkedHashMap<>();
    for (ScoredEvent e : events) {
      bySession.computeIfAbsent(e.sessionId(), k -> new ArrayList<>()).add(e);
    }
    List<ScoredEvent> sorted = new ArrayList<>(events.size());
    for (List<ScoredEvent> s : bySession.values()) {
      s.sort(Comparator.comparingInt(ScoredEvent::position));
      sorted.addAll(s);
    }
    return new ScoredRun(sorted);
  }

  public int sessions() {
    return labels.length;
  }

  public int events() {
    return events.size();
  }

  public ScoredEvent event(int i) {
    return events.get(i);
  }

  public int start(int session) {
    return starts[session];
  }

  public int end(int session) {
    return starts[session + 1];
  }

  public int sessionOf(int event) {
    return sessionOf[event];
  }

  public int label(int session) {
    return labels[session];
  }

  /** The labels of all sessions (a copy). */
  public int[] labels() {
    return labels.clone();
  }

  public String split(int session) {
    return splits[session];
  }

  /** The user of a session. */
  public String user(int session) {
    return events.get(starts[session]).userId();
  }

  /** Measure {@code m} (a method's ordinal or {@link #LENGTH_ADJUSTED}) of event {@code i}. */
  public double measure(int m, int i) {
    return measures[m][i];
  }

  /** Sessions that converted. */
  public int converted() {
    int n = 0;
    for (int l : labels) {
      n += l;
    }
    return n;
  }
}

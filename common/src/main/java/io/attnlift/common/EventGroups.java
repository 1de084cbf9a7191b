package io.attnlift.common;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The groups of events that attribution makes claims about: every event of one EVENT value, one
 * EVENT_TYPE, one discovery feature, one store, tag or category, one position window, NV-store
 * events early or late in the session, and the events of one EVENT, EVENT_TYPE, feature or store
 * inside one position window ("store clicks in the first 5 events"). One definition for all who
 * need it: the generator's truth, the train stage's removal effects (remove a group's events from
 * a session and re-score) and the attribute stage's tables.
 */
public final class EventGroups {
  /** The levels of a claim. */
  public enum Level {
    EVENT("event"),
    EVENT_TYPE("event_type"),
    DISCOVERY_FEATURE("discovery_feature"),
    STORE("store"),
    TAG("tag"),
    CATEGORY("category"),
    POSITION("position"),
    NV_POSITION("nv_position");

    private final String id;

    Level(String id) {
      this.id = id;
    }

    /** The level's name in tables and JSON. */
    public String id() {
      return id;
    }

    public static Level parse(String id) {
      for (Level l : values()) {
        if (l.id.equals(id)) {
          return l;
        }
      }
      throw StageException.badInput("unknown attribution level '%s'", id);
    }
  }

  /**
   * One group: a level, its key (the EVENT value, the store id, the window's name, ...) and the
   * position window its events must lie in ({@link #ALL} for anywhere in the session).
   *
   * @param level the level
   * @param key the value shared by the group's events
   * @param window {@link #ALL}, or one of {@link #WINDOWS} for a key inside a window
   */
  public record Group(Level level, String key, String window) implements Comparable<Group> {
    /** A group of events anywhere in the session. */
    public Group(Level level, String key) {
      this(level, key, ALL);
    }

    /** True for a key inside a position window. */
    public boolean windowed() {
      return !ALL.equals(window);
    }

    @Override
    public int compareTo(Group o) {
      int c = level.compareTo(o.level);
      c = c != 0 ? c : key.compareTo(o.key);
      return c != 0 ? c : window.compareTo(o.window);
    }
  }

  /** What a group is defined on: the raw values of one event as the model sees it. */
  public interface Event {
    String event();

    String eventType();

    /** The discovery feature, {@link Tokens#NO_FEATURE} when missing. */
    String feature();

    /** The store id, {@link Tokens#NO_STORE} when the event has no store. */
    String store();

    String tag();

    String category();

    boolean nv();
  }

  /** The window of a group whose events may lie anywhere in the session. */
  public static final String ALL = "all";

  /** The levels whose keys are also grouped inside each position window. */
  public static final List<Level> WINDOWED =
      List.of(Level.EVENT, Level.EVENT_TYPE, Level.DISCOVERY_FEATURE, Level.STORE);

  /** The position windows, in display order. */
  public static final List<String> WINDOWS =
      List.of("first_5", "first_third", "middle_third", "last_third", "last_5");

  /** NV-store events in the first half of the session, and in the second half. */
  public static final List<String> NV_WINDOWS = List.of("nv_first_half", "nv_second_half");

  private EventGroups() {}

  /** True when position {@code p} (0-based) of a session of {@code length} is in the window. */
  public static boolean inWindow(String window, int p, int length) {
    return switch (window) {
      case "first_5" -> p < 5;
      case "first_third" -> 3 * p < length;
      case "middle_third" -> 3 * p >= length && 3 * p < 2 * length;
      case "last_third" -> 3 * p >= 2 * length;
      case "last_5" -> p >= length - 5;
      case "nv_first_half" -> 2 * p < length;
      case "nv_second_half" -> 2 * p >= length;
      default -> throw new IllegalArgumentException("unknown window " + window);
    };
  }

  /**
   * Every group present in a session, with the positions of its events, in group order: the
   * whole-session groups of every level and, for the {@link #WINDOWED} levels, each key inside
   * each window. Events without a store belong to no store, tag or category group; events without
   * a feature belong to the {@link Tokens#NO_FEATURE} group.
   */
  public static Map<Group, BitSet> of(List<? extends Event> events) {
    Map<Group, BitSet> out = new TreeMap<>();
    int n = events.size();
    for (int p = 0; p < n; p++) {
      Event e = events.get(p);
      boolean store = !Tokens.NO_STORE.equals(e.store());
      for (String w : WINDOWS) {
        if (inWindow(w, p, n)) {
          add(out, Level.POSITION, w, ALL, p);
          add(out, Level.EVENT, e.event(), w, p);
          add(out, Level.EVENT_TYPE, e.eventType(), w, p);
          add(out, Level.DISCOVERY_FEATURE, e.feature(), w, p);
          if (store) {
            add(out, Level.STORE, e.store(), w, p);
          }
        }
      }
      add(out, Level.EVENT, e.event(), ALL, p);
      add(out, Level.EVENT_TYPE, e.eventType(), ALL, p);
      add(out, Level.DISCOVERY_FEATURE, e.feature(), ALL, p);
      if (store) {
        add(out, Level.STORE, e.store(), ALL, p);
        add(out, Level.TAG, e.tag(), ALL, p);
        add(out, Level.CATEGORY, e.category(), ALL, p);
      }
      if (e.nv()) {
        for (String w : NV_WINDOWS) {
          if (inWindow(w, p, n)) {
            add(out, Level.NV_POSITION, w, ALL, p);
          }
        }
      }
    }
    return out;
  }

  private static void add(Map<Group, BitSet> out, Level level, String key, String window,
      int p) {
    out.computeIfAbsent(new Group(level, key, window), g -> new BitSet()).set(p);
  }
}

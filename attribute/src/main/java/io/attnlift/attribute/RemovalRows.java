package io.attnlift.attribute;

import io.attnlift.common.Contract;
import io.attnlift.common.EventGroups;
import io.attnlift.common.ParquetFiles;
import io.attnlift.common.StageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The train stage's removal effects (contract {@code session_removals}) in compact arrays: one
 * entry per session and group removed from it, by the model kept; the same removals re-scored by
 * each refit of the stability check are in {@link #refits}, indexed alike. Probabilities must lie in [0, 1], levels be
 * {@link EventGroups.Level} ids, and a session keep one user and label (else exit 2, naming the
 * file, session and column).
 *
 * @param sessionIds the re-scored sessions, by index
 * @param users the user of each session
 * @param labels the label of each session
 * @param groups the groups, by index
 * @param session per row, its session's index
 * @param group per row, its group's index
 * @param occurrences per row, the events removed
 * @param probability per row, the whole session's probability
 * @param without per row, the probability with the group removed
 * @param refits the rows of refits 1..K-1 (same sessions and groups), empty when none
 */
record RemovalRows(List<String> sessionIds, List<String> users, List<Integer> labels,
    List<EventGroups.Group> groups, int[] session, int[] group, int[] occurrences,
    double[] probability, double[] without, List<RemovalRows> refits) {

  /** Rows of the dataset. */
  int rows() {
    return session.length;
  }

  /** Reads the dataset of the train stage's output folder. */
  static RemovalRows read(Path dataset) throws IOException {
    if (!Files.exists(dataset)) {
      throw StageException.badInput("missing input: %s does not exist", dataset);
    }
    Builder b = new Builder(dataset);
    ParquetFiles.read(dataset, Contract.SESSION_REMOVALS, b::add);
    return b.build();
  }

  /** Collects rows, checking each. */
  static final class Builder {
    private final Path where;
    private final Map<String, Integer> sessionIndex = new HashMap<>();
    private final Map<EventGroups.Group, Integer> groupIndex = new HashMap<>();
    private final List<String> sessionIds = new ArrayList<>();
    private final List<String> users = new ArrayList<>();
    private final List<Integer> labels = new ArrayList<>();
    private final List<EventGroups.Group> groups = new ArrayList<>();
    /** Per fit (0: the model kept), its rows. */
    private final List<FitRows> fits = new ArrayList<>();
    private int fit;

    Builder(Path where) {
      this.where = where;
    }

    void add(org.apache.avro.generic.GenericRecord r) {
      String id = r.get("session_id").toString();
      String user = r.get("user_id").toString();
      int label = (Integer) r.get("label");
      add(id, user, label, EventGroups.Level.parse(r.get("level").toString()),
          r.get("group").toString(), r.get("window").toString(), (Integer) r.get("occurrences"),
          (Double) r.get("probability"), (Double) r.get("probability_without"),
          (Integer) r.get("refit"));
    }

    /** Rows added from now on belong to this fit (0: the model kept, the default). */
    Builder fit(int k) {
      fit = k;
      return this;
    }

    /** Adds one row of the current fit. */
    Builder add(String id, String user, int label, EventGroups.Level level, String key,
        String window, int occ, double p, double pw) {
      return add(id, user, label, level, key, window, occ, p, pw, fit);
    }

    private Builder add(String id, String user, int label, EventGroups.Level level, String key,
        String window, int occ, double p, double pw, int rowFit) {
      if (rowFit < 0) {
        throw bad(id, "refit", rowFit);
      }
      if (label != 0 && label != 1) {
        throw bad(id, "label", label);
      }
      if (!(p >= 0 && p <= 1)) {
        throw bad(id, "probability", p);
      }
      if (!(pw >= 0 && pw <= 1)) {
        throw bad(id, "probability_without", pw);
      }
      Integer s = sessionIndex.get(id);
      if (s == null) {
        s = sessionIds.size();
        sessionIndex.put(id, s);
        sessionIds.add(id);
        users.add(user.intern());
        labels.add(label);
      } else if (!users.get(s).equals(user) || labels.get(s) != label) {
        throw bad(id, "user_id/label", user + "/" + label + " (another row of the session has "
            + users.get(s) + "/" + labels.get(s) + ")");
      }
      EventGroups.Group g = new EventGroups.Group(level, key.intern(), window.intern());
      while (fits.size() <= rowFit) {
        fits.add(new FitRows());
      }
      FitRows rows = fits.get(rowFit);
      rows.session.add(s);
      rows.group.add(groupIndex.computeIfAbsent(g, k -> {
        groups.add(k);
        return groups.size() - 1;
      }));
      rows.occurrences.add(occ);
      rows.probabilities.add(new double[] {p, pw});
      return this;
    }

    private StageException bad(String id, String column, Object value) {
      return StageException.badInput("%s: session %s has a bad %s: %s", where, id, column,
          value);
    }

    RemovalRows build() {
      if (fits.isEmpty()) {
        fits.add(new FitRows());
      }
      List<RemovalRows> refits = new ArrayList<>();
      for (FitRows f : fits.subList(1, fits.size())) {
        refits.add(f.build(this, List.of()));
      }
      return fits.get(0).build(this, refits);
    }
  }

  /** The rows of one fit, indexed by the sessions and groups of all fits. */
  private static final class FitRows {
    private final IntList session = new IntList();
    private final IntList group = new IntList();
    private final IntList occurrences = new IntList();
    private final List<double[]> probabilities = new ArrayList<>();

    RemovalRows build(Builder b, List<RemovalRows> refits) {
      double[] p = new double[probabilities.size()];
      double[] pw = new double[p.length];
      for (int i = 0; i < p.length; i++) {
        p[i] = probabilities.get(i)[0];
        pw[i] = probabilities.get(i)[1];
      }
      return new RemovalRows(b.sessionIds, b.users, b.labels, b.groups, session.toArray(),
          group.toArray(), occurrences.toArray(), p, pw, refits);
    }
  }

  /** A growable int array. */
  private static final class IntList {
    private int[] a = new int[1024];
    private int n;

    void add(int v) {
      if (n == a.length) {
        a = java.util.Arrays.copyOf(a, n * 2);
      }
      a[n++] = v;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(a, n);
    }
  }
}

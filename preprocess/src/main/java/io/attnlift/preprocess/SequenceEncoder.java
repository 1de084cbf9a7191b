package io.attnlift.preprocess;

import io.attnlift.common.Tokens;
import io.attnlift.common.Vocabulary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Encodes sequences' categorical features as indices of their variant's vocabulary. */
public final class SequenceEncoder {
  private final Vocabularies vocabularies;
  private final Map<String, List<Map<String, Integer>>> index = new HashMap<>();

  public SequenceEncoder(Vocabularies vocabularies) {
    this.vocabularies = vocabularies;
  }

  /** The sequence with its indices: 0 padding (never used here), 1 out of vocabulary. */
  public Sequence encode(Sequence s) {
    List<Map<String, Integer>> idx = index.computeIfAbsent(s.variant(), this::indexOf);
    int n = s.length();
    int[][] out = new int[idx.size()][n];
    for (int f = 0; f < idx.size(); f++) {
      Map<String, Integer> m = idx.get(f);
      for (int i = 0; i < n; i++) {
        out[f][i] = m.getOrDefault(Features.token(s.events().get(i), f), Tokens.OOV);
      }
    }
    return s.withIndices(out);
  }

  private List<Map<String, Integer>> indexOf(String variant) {
    Vocabulary v = vocabularies.vocabulary(variant);
    return Features.CATEGORICAL.stream().map(v::index).toList();
  }
}

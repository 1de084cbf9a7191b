package io.attnlift.common;

import io.attnlift.common.json.JsonContract;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The vocabularies of one preprocess variant, written as {@code vocab.json} and read by train and
 * attribute: for each categorical feature, its tokens in index order, where index 0 is padding and
 * index 1 the out-of-vocabulary bucket.
 *
 * @param features feature name (a sequences field without {@code _idx}, e.g. {@code store}) to
 *     tokens; {@code tokens.get(i)} is the value of index i
 * @param minCount the minimum training count for a value to get its own index
 */
public record Vocabulary(Map<String, List<String>> features, int minCount) {
  public static final String FILE_NAME = "vocab.json";
  public static final JsonContract<Vocabulary> CONTRACT =
      JsonContract.of("vocabulary", FILE_NAME, Vocabulary.class, 1);
  public static final String PAD_TOKEN = "<pad>";
  public static final String OOV_TOKEN = "<oov>";

  /** The index of each token of a feature. */
  public Map<String, Integer> index(String feature) {
    List<String> tokens = tokens(feature);
    Map<String, Integer> idx = new HashMap<>(tokens.size() * 2);
    for (int i = 0; i < tokens.size(); i++) {
      idx.put(tokens.get(i), i);
    }
    return idx;
  }

  /** The tokens of a feature, failing with a clear message when it is missing. */
  public List<String> tokens(String feature) {
    List<String> t = features.get(feature);
    if (t == null) {
      throw StageException.badInput(
          "vocabulary has no feature '%s' (has %s)", feature, features.keySet());
    }
    return t;
  }

  /** The number of indices of a feature, padding and OOV included. */
  public int size(String feature) {
    return tokens(feature).size();
  }

  public void write(Path file) throws IOException {
    CONTRACT.write(file, this);
  }

  public static Vocabulary read(Path file) {
    return CONTRACT.read(file);
  }
}

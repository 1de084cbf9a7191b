package io.attnlift.preprocess;

import static io.attnlift.preprocess.Fixtures.click;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.attnlift.common.Variant;
import io.attnlift.common.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;

class BuildVocabularyTest {
  private static final UserSplit SPLIT = new UserSplit(0.1, 0.1);

  /** The first users (u0, u1, ...) of a split. */
  private static List<String> users(String split, int n) {
    return IntStream.range(0, 10_000).mapToObj(i -> "u" + i)
        .filter(u -> SPLIT.of(u).equals(split)).limit(n).toList();
  }

  /** One with-funnel sequence per store id, each of one user's one click. */
  private static List<Sequence> clicks(List<String> users, String... stores) {
    List<Sequence> out = new ArrayList<>();
    for (int i = 0; i < stores.length; i++) {
      String u = users.get(i % users.size());
      Session s = Fixtures.session(u + "-" + i, u, List.of(click(u, u + "-" + i, i, stores[i])));
      out.add(Fixtures.cutter(128).cut(Variant.WITH_FUNNEL, s));
    }
    return out;
  }

  @Test
  void storesUnderTheMinimumCountAndOutsideTrainingAreLeftToOov() throws Throwable {
    List<Sequence> in = new ArrayList<>(clicks(users(UserSplit.TRAIN, 3),
        "A", "A", "A", "B", "B", "C", null, null));
    in.addAll(clicks(users(UserSplit.VAL, 2), "V", "V", "V"));
    Pipelines.run(p -> {
      PCollection<String> stores = p.apply(Create.of(in).withCoder(SequenceCoder.of()))
          .apply(new BuildVocabulary(2))
          .apply(MapElements.into(TypeDescriptors.strings())
              .via(v -> v.vocabulary("with-funnel").tokens("store").toString()));
      PAssert.that(stores).containsInAnyOrder("[<pad>, <oov>, A, B, NO_STORE]");
    });
  }

  @Test
  void everyFeatureStartsWithPaddingAndOovEvenWithoutTrainingData() {
    Vocabulary v = VocabularyFn.choose(List.of(), 5).vocabulary("no-funnel");
    assertEquals(Features.CATEGORICAL, List.copyOf(v.features().keySet()));
    for (String f : Features.CATEGORICAL) {
      assertEquals(List.of(Vocabulary.PAD_TOKEN, Vocabulary.OOV_TOKEN), v.tokens(f));
    }
  }

  @Test
  void tokensAreOrderedByCountThenByName() {
    Vocabularies v = VocabularyFn.choose(List.of(
        org.apache.beam.sdk.values.KV.of(VocabularyFn.key("no-funnel", 2, "b"), 3L),
        org.apache.beam.sdk.values.KV.of(VocabularyFn.key("no-funnel", 2, "a"), 3L),
        org.apache.beam.sdk.values.KV.of(VocabularyFn.key("no-funnel", 2, "c"), 9L),
        org.apache.beam.sdk.values.KV.of(VocabularyFn.key("no-funnel", 2, "rare"), 2L)), 3);
    assertEquals(List.of("<pad>", "<oov>", "c", "a", "b"),
        v.vocabulary("no-funnel").tokens("store"));
  }
}

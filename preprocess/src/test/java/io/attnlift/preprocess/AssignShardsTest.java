package io.attnlift.preprocess;

import static io.attnlift.preprocess.Fixtures.click;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.junit.jupiter.api.Test;

class AssignShardsTest {
  @Test
  void eachSessionIsKeyedByItsUsersSplitAndAHashOfItsId() throws Throwable {
    UserSplit split = new UserSplit(0.1, 0.1);
    assertEquals(UserSplit.TRAIN, split.of("u1"));
    Session a = Fixtures.session("a", "u1", List.of(click("u1", "a", 1, "7")));
    Session b = Fixtures.session("b", "u1", List.of(click("u1", "b", 2, null)));
    List<Integer> shards = List.of(3, 1, 1);
    String keyA = "train/" + AssignShards.shardOf("a", 3);
    String keyB = "train/" + AssignShards.shardOf("b", 3);
    Pipelines.run(p -> PAssert.that(
            p.apply(Create.of(List.of(a, b)).withCoder(SessionCoder.of()))
                .apply(new AssignShards(Fixtures.cutter(128), shards)))
        .containsInAnyOrder(KV.of(keyA, a), KV.of(keyB, b)));
  }

  @Test
  void theShardOfAnIdIsTheSameOnEveryRunAndWithinRange() {
    assertEquals(AssignShards.shardOf("u7-s3", 5), AssignShards.shardOf("u7-s3", 5));
    for (String id : List.of("a", "b", "u0001-s1", "x".repeat(40))) {
      int s = AssignShards.shardOf(id, 4);
      assertEquals(true, s >= 0 && s < 4, id + " -> " + s);
    }
  }
}

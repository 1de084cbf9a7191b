package io.attnlift.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.Method;
import io.attnlift.common.json.FaithfulnessJson;
import io.attnlift.train.data.SessionSeq;
import io.attnlift.train.model.ModelSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeletionTest {
  @Test
  void occlusionRanksAPlantedDecisiveEventFirstAndItsDeletionBeatsRandom() {
    List<SessionSeq> sessions = Planted.sessions(160, 8, 11);
    TrainOptions opt = Baby.options(30, 1e-2);
    try (ModelSession model = Baby.model(opt)) {
      Baby.fit(model, opt, sessions);
      Scorer scorer = new Scorer(64);
      List<Object> sink = new ArrayList<>();
      Map<String, Attributor.Scores> scores =
          new Attributor(scorer, -1).attribute(model, sessions, sink::add);

      int positives = 0;
      int rankedFirst = 0;
      for (SessionSeq s : sessions) {
        int at = Planted.decisiveAt(s);
        if (at >= 0) {
          positives++;
          double[] occ = scores.get(s.sessionId()).byMethod()[Method.OCCLUSION.ordinal()];
          rankedFirst += Faithfulness.top(occ, 1).get(at) ? 1 : 0;
        }
      }
      assertTrue(rankedFirst >= 0.95 * positives,
          "occlusion ranks the decisive event first in " + rankedFirst + " of " + positives);

      FaithfulnessJson faith = new Faithfulness(scorer, 1).run(model, sessions, scores, -1);
      double occlusion = faith.drop("occlusion", 1);
      double random = faith.drop("random", 1);
      assertTrue(occlusion > random + 0.2, "occlusion " + occlusion + " vs random " + random);
      // keeping only the decisive event restores much of the prediction; a random one does not
      double kept = faith.rise("occlusion", 1);
      double keptRandom = faith.rise("random", 1);
      assertTrue(kept > keptRandom + 0.1, "insertion: occlusion " + kept + " vs random "
          + keptRandom);
      FaithfulnessJson.Aopc area = faith.aopcOf("occlusion");
      double mean = java.util.Arrays.stream(Faithfulness.KS)
          .mapToDouble(k -> faith.drop("occlusion", k)).average().orElseThrow();
      assertEquals(mean, area.deletion(), 1e-12, "the area is the curve's mean over k");
      assertEquals(area.deletion() - faith.aopcOf("random").deletion(),
          area.deletionMinusRandom(), 1e-9);
      assertTrue(area.insertionMinusRandom() > 0, area.toString());
    }
  }
}

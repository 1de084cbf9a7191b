package io.attnlift.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.Contract;
import io.attnlift.common.Method;
import io.attnlift.train.data.SessionSeq;
import io.attnlift.train.model.ModelSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

class AttributorTest {
  @Test
  void theOcclusionCapKeepsTheSessionsGivenFirstAndEveryEventGetsAValidRecord() {
    List<SessionSeq> s = Fixtures.toySplits(12, 10, 40, 1, 1).get(0);
    List<SessionSeq> order = new ArrayList<>(s);
    order.sort((a, b) -> b.length() - a.length()); // longest first: the cap keeps long ones
    try (ModelSession model = Baby.model(Baby.options(1, 1e-3))) {
      List<GenericRecord> rows = new ArrayList<>();
      Map<String, Attributor.Scores> scores =
          new Attributor(new Scorer(16), 3).attribute(model, order, rows::add);

      for (int i = 0; i < order.size(); i++) {
        double occ = scores.get(order.get(i).sessionId()).byMethod()[Method.OCCLUSION.ordinal()][0];
        assertEquals(i < 3, !Double.isNaN(occ), "session " + i);
      }
      assertEquals(s.stream().mapToInt(SessionSeq::length).sum(), rows.size());
      for (GenericRecord r : rows) {
        assertTrue(GenericData.get().validate(Contract.ATTRIBUTIONS.schema(), r));
      }
      assertFalse(Double.isNaN((Double) rows.get(0).get("attention")));
    }
  }
}

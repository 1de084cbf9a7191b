package io.attnlift.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.attnlift.common.json.AuditJson;
import io.attnlift.common.json.Samples;
import io.attnlift.common.stats.Auc;
import io.attnlift.common.stats.AucDifference;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeakageVerdictTest {
  private static final Auc HONEST = new Auc(0.685, 0.446, 0.884, 248, 6, 229);
  private static final Auc SEED = new Auc(0.929, 0.881, 0.970, 251, 7, 231);

  private static AuditJson audit(String leak, List<String> explainedBy) {
    return new AuditJson("funnel-removed", SEED, Samples.auc(0.9),
        new AucDifference(0.03, -0.1, 0.2), SEED, Samples.audit(0.929).statistics(), List.of(),
        new AuditJson.Verdict(true, false, false, false, explainedBy, leak, "own audit"));
  }

  @Test
  void aSuspectComparisonNamesTheStatisticsThatExplainIt() {
    String text = LeakageVerdict.comparison("Seed's filter (funnel-removed)",
        audit(AuditJson.Verdict.SUSPECT, List.of("length", "duration")), HONEST, 0.244,
        AuditJson.Verdict.SUSPECT, List.of());

    assertEquals("Seed's filter (funnel-removed) may leak: test AUC 0.929 [0.881,\u00a00.970] on"
        + " 251 sessions (7 converted, 231 users) against 0.685 [0.446,\u00a00.884] for the"
        + " honest model (+0.244); no gain over the honest cut beyond the intervals, but a trivial"
        + " statistic alone (length, duration) ranks conversion as well as this model within the"
        + " paired interval.", text);
  }

  @Test
  void aComparisonWithNoSignalSaysSo() {
    String text = LeakageVerdict.comparison("Seed's filter (funnel-removed)",
        audit(AuditJson.Verdict.NONE, List.of()), null, Double.NaN, AuditJson.Verdict.NONE,
        List.of());

    assertEquals("Seed's filter (funnel-removed): test AUC 0.929 [0.881,\u00a00.970] on 251"
        + " sessions (7 converted, 231 users); no leak measured beyond the intervals.", text);
  }
}

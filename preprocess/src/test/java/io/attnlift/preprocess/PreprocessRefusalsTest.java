package io.attnlift.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.ExitCodes;
import io.attnlift.common.Manifest;
import io.attnlift.common.Records;
import io.attnlift.common.RunLayout;
import io.attnlift.common.Stage;
import io.attnlift.common.StageCli;
import io.attnlift.common.StageLock;
import io.attnlift.common.Variant;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What preprocess refuses, and what it leaves behind when it does: nothing. */
class PreprocessRefusalsTest {
  @TempDir Path tmp;
  private final StringWriter err = new StringWriter();

  private int run(String runId, String... more) {
    CommandLine cl = StageCli.commandLine(new PreprocessMain());
    cl.setErr(new PrintWriter(err, true));
    List<String> args = new ArrayList<>(List.of("preprocess", "--runs-root", tmp.toString(),
        "--runner", "DirectRunner", "--min-count", "1", "--run-id", runId));
    args.addAll(List.of(more));
    return StageCli.execute(cl, args.toArray(String[]::new));
  }

  /** Two sessions of one user; the first ends in funnel events of type {@code funnelType}. */
  private static List<GenericRecord> events(String funnelType, boolean order) {
    List<GenericRecord> out = new ArrayList<>(List.of(
        Records.event("u1", "a", 1, "click", "m_card_click", "7"),
        Records.event("u1", "a", 2, funnelType, "action_add_item", null),
        Records.event("u1", "b", 9, "click", "m_card_click", "8")));
    if (order) {
      out.add(Records.event("u1", "a", 3, funnelType, "action_place_order", null));
    }
    return out;
  }

  @Test
  void conversionEventsThatNoEventHasFailNamingWhatWasSeen() throws Exception {
    ExtractFixture.write(tmp, "r1", events("funnel", true));

    assertEquals(ExitCodes.BAD_INPUT, run("r1", "--conversion-events", "nope_event"));

    String e = err.toString();
    assertTrue(e.contains("no session converted (0 of 2): a conversion is a funnel event"
        + " (EVENT_TYPE among --funnel-event-types [funnel]) whose EVENT is among"
        + " --conversion-events [nope_event]. Seen:"
        + " funnel events funnel/action_add_item (1), funnel/action_place_order (1); events"
        + " named like a conversion event: none; EVENT_TYPE values: click (2), funnel (2)"), e);
    assertFalse(Files.exists(tmp.resolve("r1/preprocess")), "no output, no empty folder");
  }

  @Test
  void funnelEventsTypedInUpperCaseAreNamedAsTheCause() throws Exception {
    ExtractFixture.write(tmp, "r1", events("FUNNEL", true));

    assertEquals(ExitCodes.BAD_INPUT, run("r1"));

    String e = err.toString();
    assertTrue(e.contains("funnel events FUNNEL/action_add_item (1), FUNNEL/action_place_order"
        + " (1); events named like a conversion event: FUNNEL/action_place_order (1)"), e);
    assertTrue(e.contains("and --funnel-event-types (case matters in both)"), e);
  }

  @Test
  void anExportWhoseFunnelIsNamedByEventIsDescribedByItsOwnRules() throws Exception {
    ExtractFixture.write(tmp, "r1", List.of(
        Records.event("u1", "a", 1, "pv", "pv", "7"),
        Records.event("u1", "a", 2, "cart", "cart", "7"),
        Records.event("u1", "a", 3, "buy", "buy", "7"),
        Records.event("u1", "b", 9, "pv", "pv", "8")));

    assertEquals(ExitCodes.BAD_INPUT, run("r1", "--funnel-events", "cart,buy",
        "--conversion-events", "purchase"));

    String e = err.toString();
    assertTrue(e.contains("a conversion is a funnel event (EVENT_TYPE among --funnel-event-types"
        + " [funnel] or EVENT among --funnel-events [buy, cart]) whose EVENT is among"
        + " --conversion-events [purchase]. Seen: funnel events buy/buy (1), cart/cart (1);"
        + " events named like a conversion event: none; EVENT_TYPE values: pv (2), buy (1),"
        + " cart (1)"), e);
  }

  @Test
  void dataWithoutOrdersFailsSayingSo() throws Exception {
    ExtractFixture.write(tmp, "r1", events("funnel", false));

    assertEquals(ExitCodes.BAD_INPUT, run("r1"));

    String e = err.toString();
    assertTrue(e.contains("no session converted (0 of 2)"), e);
    assertTrue(e.contains("events named like a conversion event: none"), e);
    assertTrue(e.contains("an export without orders cannot train a conversion model"), e);
  }

  @Test
  void aVariantWhoseFilterEmptiesEveryConvertingSessionIsNamed() throws Exception {
    ExtractFixture.write(tmp, "r1", List.of(
        Records.event("u1", "a", 1, "funnel", "action_add_item", null),
        Records.event("u1", "a", 2, "funnel", "action_place_order", null),
        Records.event("u1", "b", 9, "click", "m_card_click", "8")));

    assertEquals(ExitCodes.BAD_INPUT, run("r1"));

    assertTrue(err.toString().contains("variant no-funnel kept no converted session (of 1): its"
        + " filter left every converting session empty (with-funnel keeps 1)"), err.toString());
    assertFalse(Files.exists(tmp.resolve("r1/preprocess")));
  }

  @Test
  void theManifestRecordsTheExtractOutputItWasBuiltFrom() throws Exception {
    ExtractFixture.write(tmp, "r1", events("funnel", true));

    assertEquals(ExitCodes.OK, run("r1", "--variants", "with-funnel"), err.toString());

    RunLayout r1 = new RunLayout(tmp, "r1");
    Manifest extract = Manifest.CONTRACT.read(r1.stageDir(Stage.EXTRACT)
        .resolve(Manifest.FILE_NAME));
    Manifest.Input in = Manifest.CONTRACT.read(r1.stageDir(Stage.PREPROCESS,
        Variant.WITH_FUNNEL).resolve(Manifest.FILE_NAME)).inputs().get(0);
    assertEquals(List.of("extract", "r1", extract.id()),
        List.of(in.stage(), in.runId(), in.manifestId()));
  }

  @Test
  void anExtractOutputCopiedFromAnotherRunIsRefused() throws Exception {
    ExtractFixture.write(tmp, "r0", events("funnel", true));
    Files.createDirectories(tmp.resolve("r1"));
    Files.move(tmp.resolve("r0/extract"), tmp.resolve("r1/extract"));

    assertEquals(ExitCodes.BAD_INPUT, run("r1"));

    assertTrue(err.toString().contains("belongs to run 'r0', not to run 'r1'"), err.toString());
  }

  @Test
  void aSecondRunOfTheSameOutputMeetsTheLockAndExits75() throws Exception {
    ExtractFixture.write(tmp, "r1", events("funnel", true));
    RunLayout r1 = new RunLayout(tmp, "r1");

    try (StageLock held = StageLock.acquire(
        StageLock.file(r1, Stage.PREPROCESS, Variant.NO_FUNNEL), "a first run")) {
      assertEquals(ExitCodes.TRANSIENT, run("r1"));
    }

    assertTrue(err.toString().contains("preprocess/no-funnel of run 'r1' is being written by"
        + " another run right now"), err.toString());
    assertFalse(Files.exists(tmp.resolve("r1/preprocess")));
  }
}

package io.attnlift.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class VariantTest {
  @Test
  void parsesACommaListAndTheJsonListArgoFansOutOver() {
    List<Variant> both = List.of(Variant.NO_FUNNEL, Variant.WITH_FUNNEL);
    assertEquals(both, Variant.parseList("no-funnel,with-funnel"));
    assertEquals(both, Variant.parseList("[\"no-funnel\", \"with-funnel\"]"));
    assertEquals(List.of(Variant.WITH_FUNNEL), Variant.parseList("with-funnel"));
    assertEquals(List.of(Variant.values()),
        Variant.parseList("[\"no-funnel\",\"funnel-removed\",\"with-funnel\"]"));
  }

  @Test
  void refusesAnUnknownOrEmptyVariant() {
    assertEquals(ExitCodes.BAD_INPUT,
        assertThrows(StageException.class, () -> Variant.parseList("no-funel")).exitCode());
    assertEquals("unknown variant 'seed' (expected one of no-funnel, funnel-removed,"
        + " with-funnel)", assertThrows(StageException.class, () -> Variant.parse("seed"))
        .getMessage());
    assertEquals(ExitCodes.BAD_INPUT,
        assertThrows(StageException.class, () -> Variant.parseList("")).exitCode());
  }
}

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
  }

  @Test
  void refusesAnUnknownOrEmptyVariant() {
    assertEquals(ExitCodes.BAD_INPUT,
        assertThrows(StageException.class, () -> Variant.parseList("no-funel")).exitCode());
    assertEquals(ExitCodes.BAD_INPUT,
        assertThrows(StageException.class, () -> Variant.parseList("")).exitCode());
  }
}

package io.attnlift.extract.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.common.ExitCodes;
import io.attnlift.common.StageException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorldSpecTest {
  @TempDir Path tmp;

  private static Map<String, Double> effects(WorldSpec w) {
    return w.drivers().stream().collect(Collectors.toMap(DriverSpec::name, DriverSpec::effect));
  }

  @Test
  void theAltWorldPlantsOtherDriversAndReversesTheNvEffect() {
    WorldSpec def = WorldSpec.load("default");
    WorldSpec alt = WorldSpec.load("alt");

    assertNotEquals(effects(def).keySet(), effects(alt).keySet());
    assertTrue(effects(def).get("nv_early") > 0);
    assertTrue(effects(alt).get("nv_early") < 0);
    assertTrue(effects(def).containsKey("store_page_loads"));
    assertTrue(!effects(alt).containsKey("store_page_loads"));
  }

  @Test
  void theWorldsPickDifferentHeroStores() {
    Catalog def = Catalog.build(WorldSpec.load("default"), 42);
    Catalog alt = Catalog.build(WorldSpec.load("alt"), 42);

    assertEquals(10, def.heroIds().size());
    assertEquals(6, alt.heroIds().size());
    assertTrue(def.heroIds().stream().noneMatch(alt.heroIds()::contains));
  }

  @Test
  void aWorldFileWithAnUnknownKeyIsBadInput() throws Exception {
    String yaml = new String(WorldSpec.class.getResourceAsStream(
        "/io/attnlift/extract/worlds/default.yaml").readAllBytes(), StandardCharsets.UTF_8);
    Path file = Files.writeString(tmp.resolve("w.yaml"), yaml + "colour: blue\n");

    StageException e = assertThrows(StageException.class, () -> WorldSpec.load(file.toString()));

    assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().contains("colour"), e.getMessage());
  }

  @Test
  void everyBuiltInWorldLoadsAndPlantsItsOwnDrivers() {
    List<Set<String>> driverSets = WorldSpec.BUILT_IN.stream()
        .map(n -> effects(WorldSpec.load(n)).keySet()).toList();

    assertEquals(driverSets.size(), Set.copyOf(driverSets).size(), "" + driverSets);
    assertEquals("end", WorldSpec.load("default").funnel().placement());
    assertTrue(WorldSpec.load("midcart").funnel().mid());
    assertFalse(WorldSpec.load("midcart").funnel().checkoutPages().isEmpty());
  }

  @Test
  void anUnknownFunnelPlacementIsBadInput() throws Exception {
    String yaml = new String(WorldSpec.class.getResourceAsStream(
        "/io/attnlift/extract/worlds/midcart.yaml").readAllBytes(), StandardCharsets.UTF_8);
    Path file = Files.writeString(tmp.resolve("w.yaml"),
        yaml.replace("placement: mid", "placement: middle"));

    StageException e = assertThrows(StageException.class, () -> WorldSpec.load(file.toString()));

    assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().contains("funnel.placement must be end or mid, not 'middle'"),
        e.getMessage());
  }

  @Test
  void aMissingWorldFileIsBadInput() {
    StageException e = assertThrows(StageException.class,
        () -> WorldSpec.load(tmp.resolve("nope.yaml").toString()));
    assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
  }
}

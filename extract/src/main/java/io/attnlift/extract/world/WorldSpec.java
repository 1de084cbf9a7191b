package io.attnlift.extract.world;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.attnlift.common.Json;
import io.attnlift.common.StageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A synthetic world: its catalog, its browsing mix and the drivers planted into conversion. Read
 * from YAML (keys in kebab-case); every key is required and unknown keys are errors.
 *
 * @param name the world's name, recorded in the ground truth
 * @param description what the world plants, in words
 * @param conversionRate the target mean true conversion probability; the intercept is solved so
 *     the generated sessions average to it
 * @param userEffectSd standard deviation of a per-user log-odds effect no session can show
 * @param stores the number of stores in the catalog
 * @param nvShare the share of stores that are NV (non-restaurant) stores
 * @param heroStores how many stores are heroes (chosen per world and seed)
 * @param meanSessionsPerUser the mean number of sessions per user (at least one each)
 * @param meanEventsPerSession the mean browsing events per session, before the funnel
 * @param abandonedCartRate the share of non-converted sessions that end in an abandoned cart
 * @param mess the rates of realistic mess
 * @param funnel where the funnel sits and how long it takes; optional, {@link
 *     FunnelSpec#AT_THE_END} when absent
 * @param drivers the planted drivers
 */
public record WorldSpec(
    String name,
    String description,
    double conversionRate,
    double userEffectSd,
    int stores,
    double nvShare,
    int heroStores,
    double meanSessionsPerUser,
    double meanEventsPerSession,
    double abandonedCartRate,
    MessSpec mess,
    FunnelSpec funnel,
    List<DriverSpec> drivers) {

  private static final ObjectMapper KEBAB =
      Json.YAML.copy().setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE);

  /** The built-in worlds, by name. */
  public static final List<String> BUILT_IN =
      List.of("default", "alt", "midcart", "stores", "features", "positions");

  /**
   * Rates of realistic mess.
   *
   * @param duplicateRate share of events written twice (exact duplicate rows)
   * @param sameTimestampRate share of events that share the previous event's timestamp
   * @param singleEventRate share of sessions that are a single event
   * @param longSessionRate share of sessions of several hundred events
   * @param nullFeatureRate share of store events without a discovery feature
   */
  public record MessSpec(
      double duplicateRate,
      double sameTimestampRate,
      double singleEventRate,
      double longSessionRate,
      double nullFeatureRate) {}

  /**
   * Where the funnel sits in a session and how long it takes. The outcome is decided by the
   * browsing before the first add-to-cart (what the honest model sees); what follows it drives
   * nothing, but reveals the outcome in other ways than funnel events do, as real logs do.
   *
   * @param placement {@code end}: the funnel follows the browsing; {@code mid}: the add-to-cart
   *     events come mid-session and the user browses on before opening the cart
   * @param addItemSeconds the mean think time before each add-to-cart, in seconds
   * @param browseAfterCart with {@code mid}, the mean browsing events between the last
   *     add-to-cart and the cart page
   * @param checkoutPages pages outside the funnel (EVENT_TYPE {@code page_load}, no store) that
   *     come between the cart and checkout, such as a sign-in page; empty for none
   * @param postOrderRate the share of converted sessions that browse on after the order
   * @param postOrderEvents the mean browsing events after the order in those sessions
   */
  public record FunnelSpec(
      String placement,
      double addItemSeconds,
      double browseAfterCart,
      List<String> checkoutPages,
      double postOrderRate,
      double postOrderEvents) {
    /** The funnel of the built-in worlds: right after the browsing, nothing after the order. */
    public static final FunnelSpec AT_THE_END = new FunnelSpec("end", 20, 0, List.of(), 0, 0);

    public FunnelSpec {
      placement = placement == null ? "end" : placement;
      checkoutPages = checkoutPages == null ? List.of() : List.copyOf(checkoutPages);
    }

    /** True when the add-to-cart events come mid-session. */
    public boolean mid() {
      return "mid".equals(placement);
    }
  }

  public WorldSpec {
    funnel = funnel == null ? FunnelSpec.AT_THE_END : funnel;
  }

  /** Loads a built-in world (see {@link #BUILT_IN}) or a YAML file. */
  public static WorldSpec load(String nameOrFile) {
    if (nameOrFile == null || nameOrFile.isBlank() || BUILT_IN.contains(nameOrFile)) {
      String name = nameOrFile == null || nameOrFile.isBlank() ? "default" : nameOrFile;
      String res = "/io/attnlift/extract/worlds/" + name + ".yaml";
      try (InputStream in = WorldSpec.class.getResourceAsStream(res)) {
        return parse(in.readAllBytes(), res);
      } catch (IOException e) {
        throw new IllegalStateException("cannot read built-in world " + res, e);
      }
    }
    Path file = Path.of(nameOrFile);
    if (!Files.isRegularFile(file)) {
      throw StageException.badInput(
          "world file %s does not exist (or name a built-in world: %s)", file, BUILT_IN);
    }
    try {
      return parse(Files.readAllBytes(file), file.toString());
    } catch (IOException e) {
      throw StageException.badInput("cannot read world file %s: %s", file, e.getMessage());
    }
  }

  static WorldSpec parse(byte[] yaml, String where) {
    WorldSpec w;
    try {
      w = KEBAB.readValue(yaml, WorldSpec.class);
    } catch (IOException | IllegalArgumentException e) {
      throw StageException.badInput("bad world spec %s: %s", where, e.getMessage());
    }
    w.validate(where);
    return w;
  }

  private void validate(String where) {
    check(name != null && !name.isBlank(), where, "name is missing");
    check(conversionRate > 0.01 && conversionRate < 0.9, where, "conversion-rate must be in"
        + " (0.01, 0.9)");
    check(userEffectSd >= 0, where, "user-effect-sd must be >= 0");
    check(stores >= 20, where, "stores must be at least 20");
    check(nvShare >= 0 && nvShare < 1, where, "nv-share must be in [0, 1)");
    check(heroStores >= 0 && heroStores < stores / 2, where, "hero-stores must be in [0,"
        + " stores/2)");
    check(meanSessionsPerUser >= 1, where, "mean-sessions-per-user must be >= 1");
    check(meanEventsPerSession >= 3, where, "mean-events-per-session must be >= 3");
    check(abandonedCartRate >= 0 && abandonedCartRate < 1, where, "abandoned-cart-rate must be"
        + " in [0, 1)");
    check(mess != null, where, "mess is missing");
    check(List.of("end", "mid").contains(funnel.placement()), where,
        "funnel.placement must be end or mid, not '" + funnel.placement() + "'");
    check(funnel.addItemSeconds() >= 0 && funnel.browseAfterCart() >= 0
        && funnel.postOrderEvents() >= 0, where,
        "funnel durations and event counts must be >= 0");
    check(funnel.browseAfterCart() == 0 || funnel.mid(), where,
        "funnel.browse-after-cart needs placement mid");
    check(funnel.postOrderRate() >= 0 && funnel.postOrderRate() <= 1, where,
        "funnel.post-order-rate must be in [0, 1]");
    check(drivers != null && !drivers.isEmpty(), where, "drivers are missing");
    Set<String> names = new HashSet<>();
    for (DriverSpec d : drivers) {
      check(names.add(d.name()), where, "driver '" + d.name() + "' is defined twice");
    }
  }

  private static void check(boolean ok, String where, String problem) {
    if (!ok) {
      throw StageException.badInput("bad world spec %s: %s", where, problem);
    }
  }
}

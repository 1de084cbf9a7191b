package io.attnlift.attribute;

import com.fasterxml.jackson.databind.JsonNode;
import io.attnlift.common.Json;
import io.attnlift.common.StageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The synthetic world's planted truth ({@code extract/ground_truth.json}), present only when the
 * run's data was generated.
 *
 * @param world the world's name
 * @param heroStores the store ids planted to drive conversion
 * @param eventContributions planted contribution per EVENT value (absent: none)
 * @param storeContributions planted contribution per store id (absent: none)
 * @param featureContributions planted contribution per discovery feature (empty when the file
 *     predates it)
 */
public record GroundTruth(
    String world,
    List<String> heroStores,
    Map<String, Double> eventContributions,
    Map<String, Double> storeContributions,
    Map<String, Double> featureContributions) {
  public static final String FILE_NAME = "ground_truth.json";

  /** Reads the file if it exists; null otherwise. */
  static GroundTruth readIfPresent(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw StageException.badInput("cannot parse %s: %s", file, e.getMessage());
    }
    JsonNode events = root.get("event_contributions");
    if (events == null || !events.isObject()) {
      throw StageException.badInput("%s has no object 'event_contributions'", file);
    }
    List<String> heroes = new ArrayList<>();
    JsonNode h = root.get("hero_stores");
    if (h != null) {
      h.forEach(x -> heroes.add(x.asText()));
    }
    return new GroundTruth(
        root.path("world").asText(""), heroes, numbers(events, file),
        numbers(root.path("store_contributions"), file),
        numbers(root.path("discovery_feature_contributions"), file));
  }

  private static Map<String, Double> numbers(JsonNode obj, Path file) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isNumber()) {
        throw StageException.badInput(
            "%s: contribution of '%s' is not a number: %s", file, e.getKey(), e.getValue());
      }
      out.put(e.getKey(), e.getValue().asDouble());
    }
    return out;
  }
}

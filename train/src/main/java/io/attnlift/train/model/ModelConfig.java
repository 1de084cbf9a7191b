package io.attnlift.train.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.attnlift.common.StageException;

/**
 * The Transformer's shape: embedding widths, model width, depth, heads, dropout. Typed presets
 * ({@link #seed()}, {@link #baby()}) follow nanoGPT: defaults, then a preset, then flags; the
 * resolved record is saved inside the model artifact.
 *
 * @param eventDim width of the EVENT embedding
 * @param discoveryFeatureDim width of the DISCOVERY_FEATURE embedding
 * @param storeDim width of the STORE_ID embedding
 * @param storeNameDim width of the STORE_NAME embedding
 * @param primaryTagDim width of the PRIMARY_TAG_NAME embedding
 * @param primaryCategoryDim width of the PRIMARY_CATEGORY_NAME embedding
 * @param dModel the model width every layer works in
 * @param layers encoder layers
 * @param heads attention heads per layer
 * @param ffnDim the feed-forward's inner width
 * @param dropout dropout rate during training (off for inference and attributions)
 * @param maxLength the longest session the positional encoding covers
 */
public record ModelConfig(
    int eventDim,
    int discoveryFeatureDim,
    int storeDim,
    int storeNameDim,
    int primaryTagDim,
    int primaryCategoryDim,
    int dModel,
    int layers,
    int heads,
    int ffnDim,
    double dropout,
    int maxLength) {

  /** The continuous features per event: event_rank, time_delta, is_nv. */
  public static final int CONTINUOUS = 3;

  public ModelConfig {
    if (dModel <= 0 || heads <= 0 || dModel % heads != 0) {
      throw StageException.badInput(
          "model width %d must be a positive multiple of the head count %d", dModel, heads);
    }
    if (layers <= 0 || ffnDim <= 0 || maxLength <= 0) {
      throw StageException.badInput(
          "layers (%d), ffn width (%d) and max length (%d) must be positive",
          layers, ffnDim, maxLength);
    }
    if (dropout < 0 || dropout >= 1) {
      throw StageException.badInput("dropout %s must be in [0, 1)", dropout);
    }
  }

  /** The seed's model: d_model 192, 3 layers of 6 heads, feed-forward 768, dropout 0.1. */
  public static ModelConfig seed() {
    return new ModelConfig(64, 16, 32, 32, 16, 16, 192, 3, 6, 768, 0.1, 128);
  }

  /** A tiny model for tests: trains in seconds on a laptop core. */
  public static ModelConfig baby() {
    return new ModelConfig(8, 4, 8, 4, 4, 4, 16, 2, 2, 32, 0.0, 128);
  }

  /** The preset of a name: {@code seed} or {@code baby}. */
  public static ModelConfig preset(String name) {
    return switch (name) {
      case "seed" -> seed();
      case "baby" -> baby();
      default -> throw StageException.badInput("unknown preset '%s' (expected seed or baby)", name);
    };
  }

  /** Width of one head. */
  @JsonIgnore
  public int headDim() {
    return dModel / heads;
  }

  /** Width of the concatenated per-event input before the projection. */
  @JsonIgnore
  public int inputDim() {
    return eventDim + discoveryFeatureDim + storeDim + storeNameDim + primaryTagDim
        + primaryCategoryDim + CONTINUOUS;
  }
}

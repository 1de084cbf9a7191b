package io.attnlift.attribute;

import io.attnlift.common.Method;

/**
 * One scored event of a val or test session, as the attributions contract holds it.
 *
 * @param scores one score per {@link Method}, in its ordinal order
 */
public record ScoredEvent(
    String sessionId,
    String userId,
    String split,
    int label,
    int length,
    int position,
    String event,
    String eventType,
    String discoveryFeature,
    String storeId,
    String storeName,
    String tag,
    String category,
    boolean nv,
    double[] scores) {}

package io.attnlift.extract.world;

/**
 * A store of the synthetic catalog.
 *
 * @param id STORE_ID, digits as text
 * @param name STORE_NAME, sometimes with commas, quotes, non-ASCII characters or HTML
 * @param tag PRIMARY_TAG_NAME
 * @param category PRIMARY_CATEGORY_NAME
 * @param nv whether it is an NV (non-restaurant) store
 * @param hero whether the world plants it as a hero store
 * @param weight its popularity, the relative chance of being shown
 */
public record Store(
    String id, String name, String tag, String category, boolean nv, boolean hero,
    double weight) {}

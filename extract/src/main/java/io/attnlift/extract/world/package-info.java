/**
 * The synthetic world: a store catalog, a browsing process, planted conversion drivers computed
 * from non-funnel events, funnels, realistic mess, and the ground truth later stages are scored
 * against.
 */
package io.attnlift.extract.world;

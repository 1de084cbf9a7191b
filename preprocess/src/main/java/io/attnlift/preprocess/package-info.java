/**
 * The preprocess stage: a Beam pipeline (embedded Flink by default) that turns extracted events
 * into per-session sequence shards, vocabularies and labels for the no-funnel and with-funnel
 * variants.
 */
package io.attnlift.preprocess;

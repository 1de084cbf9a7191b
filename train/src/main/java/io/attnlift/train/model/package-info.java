/**
 * The seed's Transformer in TensorFlow Java graph mode, one class per concept: {@link
 * io.attnlift.train.model.EventEmbedding}, {@link io.attnlift.train.model.MultiHeadAttention},
 * {@link io.attnlift.train.model.FeedForward}, {@link io.attnlift.train.model.EncoderBlock},
 * {@link io.attnlift.train.model.SessionTransformer}; {@link io.attnlift.train.model.ModelGraph}
 * wires training and inference passes, {@link io.attnlift.train.model.ModelSession} runs them.
 */
package io.attnlift.train.model;

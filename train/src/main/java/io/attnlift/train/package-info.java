/**
 * The train stage: {@link io.attnlift.train.TrainMain} (the command line), {@link
 * io.attnlift.train.TrainJob} (one variant end to end), {@link io.attnlift.train.Trainer} (the
 * loop), {@link io.attnlift.train.Attributor} and {@link io.attnlift.train.Faithfulness} (the
 * explanations and the deletion test that judges them).
 */
package io.attnlift.train;

/** Sequences in memory: reading and checking the contract, length buckets, batch tensors. */
package io.attnlift.train.data;

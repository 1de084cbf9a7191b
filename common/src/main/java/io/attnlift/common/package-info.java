/**
 * The contracts every attnlift stage shares: where a run's files live ({@link RunLayout}), what
 * they contain ({@link Contract}, Avro schemas), how a stage proves it finished ({@link Manifest}),
 * how it writes without leaving partial outputs ({@link AtomicOutput}), and how it fails
 * ({@link StageException}, {@link ExitCodes}).
 */
package io.attnlift.common;

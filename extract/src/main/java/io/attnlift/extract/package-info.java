/**
 * The extract stage: samples users, then all of their events, from Snowflake, DuckDB or a file
 * export into Parquet ({@link io.attnlift.extract.ExtractJob}); and generates the synthetic world
 * every other stage is developed and judged on ({@link io.attnlift.extract.GenerateJob}).
 */
package io.attnlift.extract;

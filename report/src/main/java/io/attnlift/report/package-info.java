/**
 * The report stage: reads a run's extract, preprocess, train and attribute outputs and writes one
 * self-contained HTML report (inline CSS and SVG charts, no network), {@code summary.json} and the
 * full tables beside it.
 */
package io.attnlift.report;

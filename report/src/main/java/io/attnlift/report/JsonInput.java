package io.attnlift.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.attnlift.common.Json;
import io.attnlift.common.StageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A JSON input file read as a tree: strict on the keys the report needs, blind to the rest. */
public final class JsonInput {
  private final Path file;
  private final JsonNode root;

  private JsonInput(Path file, JsonNode root) {
    this.file = file;
    this.root = root;
  }

  /** Reads a required file; a missing or unparsable file is bad input naming it. */
  public static JsonInput read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw StageException.badInput("missing input file: %s does not exist", file);
    }
    try {
      return new JsonInput(file, Json.MAPPER.readTree(file.toFile()));
    } catch (IOException e) {
      throw StageException.badInput("cannot parse %s: %s", file, e.getMessage());
    }
  }

  /** Reads an optional file, or returns null when it is absent. */
  public static JsonInput readOptional(Path file) {
    return Files.exists(file) ? read(file) : null;
  }

  public Path file() {
    return file;
  }

  public JsonNode root() {
    return root;
  }

  /** A required key (dotted path such as {@code logreg.test_auc}) that must be present. */
  public JsonNode require(String path) {
    JsonNode n = root;
    for (String part : path.split("\\.")) {
      n = n == null ? null : n.get(part);
    }
    if (n == null || n.isNull() || n.isMissingNode()) {
      throw StageException.badInput("%s has no key '%s'", file, path);
    }
    return n;
  }

  /** A required number. */
  public double number(String path) {
    JsonNode n = require(path);
    if (!n.isNumber()) {
      throw StageException.badInput("%s key '%s' is not a number: %s", file, path, n);
    }
    return n.asDouble();
  }

  /** A required array. */
  public JsonNode array(String path) {
    JsonNode n = require(path);
    if (!n.isArray()) {
      throw StageException.badInput("%s key '%s' is not a list", file, path);
    }
    return n;
  }

  /** An optional number, NaN when absent. */
  public double numberOr(String path) {
    JsonNode n = root;
    for (String part : path.split("\\.")) {
      n = n == null ? null : n.get(part);
    }
    return n != null && n.isNumber() ? n.asDouble() : Double.NaN;
  }

  /** A node's number, or NaN when it is absent, null or not a number. */
  public static double num(JsonNode n) {
    return n != null && n.isNumber() ? n.asDouble() : Double.NaN;
  }
}

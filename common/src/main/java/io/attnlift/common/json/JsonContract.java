package io.attnlift.common.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.attnlift.common.StageException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A JSON file (or a JSON value inside one, such as a manifest's stats) that one stage writes for
 * another, with its one record type: the writer and every reader go through this object, so they
 * cannot drift. Like the Parquet contracts, each carries its name and version: the file starts
 * with {@code "contract": "<id>", "contract_version": <n>}, and a reader refuses another contract
 * or version, an unknown or missing key, and a null where a value belongs, naming the file and
 * the key. Keys are snake_case; an undefined number (NaN) is written as null.
 *
 * @param <T> the record type
 */
public final class JsonContract<T> {
  /** The key naming the contract. */
  public static final String CONTRACT_KEY = "contract";
  /** The key holding the contract's version. */
  public static final String VERSION_KEY = "contract_version";

  private final String id;
  private final String fileName;
  private final Class<T> type;
  private final int version;

  private JsonContract(String id, String fileName, Class<T> type, int version) {
    this.id = id;
    this.fileName = fileName;
    this.type = type;
    this.version = version;
  }

  /**
   * A contract.
   *
   * @param fileName the file's stable name in a stage folder, or null for a value embedded in
   *     another file (a manifest's stats)
   */
  public static <T> JsonContract<T> of(String id, String fileName, Class<T> type, int version) {
    return new JsonContract<>(id, fileName, type, version);
  }

  public String id() {
    return id;
  }

  /** The file name in its stage folder, e.g. {@code metrics.json}; null for embedded values. */
  public String fileName() {
    return fileName;
  }

  public Class<T> type() {
    return type;
  }

  public int version() {
    return version;
  }

  /** The value as a JSON object, the contract's name and version first. */
  public ObjectNode tree(T value) {
    ObjectNode out = ContractMapper.MAPPER.createObjectNode();
    out.put(CONTRACT_KEY, id);
    out.put(VERSION_KEY, version);
    out.setAll((ObjectNode) ContractMapper.MAPPER.valueToTree(value));
    return out;
  }

  /** Writes the value as an indented JSON file, creating its folder. */
  public void write(Path file, T value) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    ContractMapper.MAPPER.writeValue(file.toFile(), tree(value));
  }

  /** Writes the value to a stream (left open). */
  public void write(OutputStream out, T value) throws IOException {
    ContractMapper.MAPPER.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature
        .AUTO_CLOSE_TARGET).writeValue(out, tree(value));
  }

  /** The value as JSON text. */
  public String toJson(T value) {
    try {
      return ContractMapper.MAPPER.writeValueAsString(tree(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + id + ": " + e.getMessage(), e);
    }
  }

  /** Reads a file; a missing, unparsable or non-conforming file is bad input naming it. */
  public T read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw StageException.badInput("missing input: %s does not exist", file);
    }
    JsonNode node;
    try {
      node = ContractMapper.MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw StageException.badInput("cannot parse %s: %s", file, firstLine(e));
    }
    return fromTree(node, file.toString());
  }

  /** Reads a file if it exists, else returns null. */
  public T readIfPresent(Path file) {
    return Files.exists(file) ? read(file) : null;
  }

  /** Parses JSON text; {@code where} names its origin in messages. */
  public T parse(String json, String where) {
    try {
      return fromTree(ContractMapper.MAPPER.readTree(json), where);
    } catch (JsonProcessingException e) {
      throw StageException.badInput("cannot parse %s: %s", where, firstLine(e));
    }
  }

  /** Checks the contract's name and version in a parsed value, then converts it strictly. */
  public T fromTree(JsonNode node, String where) {
    if (node == null || !node.isObject()) {
      throw StageException.badInput("%s is not a JSON object (expected contract '%s')", where,
          id);
    }
    JsonNode c = node.get(CONTRACT_KEY);
    if (c == null || !c.isTextual()) {
      throw StageException.badInput("%s: missing key '%s' (expected contract '%s')", where,
          CONTRACT_KEY, id);
    }
    if (!id.equals(c.asText())) {
      throw StageException.badInput("%s holds contract '%s', expected '%s'", where, c.asText(),
          id);
    }
    JsonNode v = node.get(VERSION_KEY);
    if (v == null || !v.isInt()) {
      throw StageException.badInput("%s: missing key '%s' (an integer)", where, VERSION_KEY);
    }
    if (v.asInt() != version) {
      throw StageException.badInput(
          "%s was written with %s version %d, this build reads version %d: rerun the stage that"
              + " wrote it with this build", where, id, v.asInt(), version);
    }
    ObjectNode body = ((ObjectNode) node).deepCopy();
    body.remove(CONTRACT_KEY);
    body.remove(VERSION_KEY);
    try {
      return ContractMapper.MAPPER.treeToValue(body, type);
    } catch (JsonProcessingException e) {
      throw problem(where, e);
    }
  }

  /** A bad input naming the file and the key of a mapping failure. */
  static StageException problem(String where, JsonProcessingException e) {
    String key = e instanceof JsonMappingException m ? path(m) : "";
    String msg = String.valueOf(e.getOriginalMessage());
    if (e instanceof UnrecognizedPropertyException u) {
      return StageException.badInput("%s: unknown key '%s'; the keys there are %s", where, key,
          u.getKnownPropertyIds());
    }
    if (msg.startsWith("Missing creator property")) {
      return StageException.badInput("%s: missing key '%s'", where, key);
    }
    if (msg.startsWith("Null value for creator property") || msg.contains("`null`")) {
      return StageException.badInput("%s: key '%s' is null, a value is required", where, key);
    }
    return StageException.badInput("%s: bad value of key '%s': %s", where, key, firstLine(e));
  }

  /** The failure's location as a path such as {@code curve[2].val_auc}. */
  static String path(JsonMappingException e) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  private static String firstLine(Exception e) {
    String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    m = String.valueOf(m);
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  @Override
  public String toString() {
    return id + " v" + version;
  }
}

package io.attnlift.common.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.attnlift.common.ExitCodes;
import io.attnlift.common.StageException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonContractTest {
  @TempDir Path tmp;

  /** A key of a contract: where it is in the JSON tree, as a list of field names and indices. */
  record KeyPath(JsonContract<?> contract, List<Object> path) {
    @Override
    public String toString() {
      return contract.id() + ":" + path;
    }

    String name() {
      return (String) path.get(path.size() - 1);
    }
  }

  /** Every key of every contract's sample: every record component, nested ones included. */
  static Stream<Arguments> everyKey() {
    List<Arguments> out = new ArrayList<>();
    for (JsonContract<?> c : JsonContracts.ALL) {
      List<List<Object>> paths = new ArrayList<>();
      keys(c.type(), ContractMapper.MAPPER.valueToTree(Samples.of(c)), new ArrayList<>(), paths);
      paths.forEach(p -> out.add(Arguments.of(new KeyPath(c, p))));
    }
    return out.stream();
  }

  private static void keys(Type type, JsonNode node, List<Object> at, List<List<Object>> out) {
    Class<?> raw =
        type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (raw.isRecord() && node.isObject()) {
      for (RecordComponent rc : raw.getRecordComponents()) {
        String key = snake(rc.getName());
        List<Object> p = new ArrayList<>(at);
        p.add(key);
        out.add(p);
        keys(rc.getGenericType(), node.get(key), p, out);
      }
    } else if (List.class.isAssignableFrom(raw) && type instanceof ParameterizedType p
        && node.isArray() && !node.isEmpty()) {
      List<Object> q = new ArrayList<>(at);
      q.add(0);
      keys(p.getActualTypeArguments()[0], node.get(0), q, out);
    } else if (Map.class.isAssignableFrom(raw) && type instanceof ParameterizedType p
        && node.isObject() && !node.isEmpty()) {
      String first = node.fieldNames().next();
      List<Object> q = new ArrayList<>(at);
      q.add(first);
      List<List<Object>> inner = new ArrayList<>();
      keys(p.getActualTypeArguments()[1], node.get(first), q, inner);
      out.addAll(inner);
    }
  }

  private static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }

  private Path write(JsonContract<?> c) throws Exception {
    Path f = tmp.resolve(c.fileName() == null ? c.id() + ".json" : c.fileName());
    writeSample(c, f);
    return f;
  }

  @SuppressWarnings("unchecked")
  private static <T> void writeSample(JsonContract<T> c, Path f) throws Exception {
    c.write(f, (T) Samples.of(c));
  }

  @Test
  void everyContractRoundTripsItsSample() throws Exception {
    for (JsonContract<?> c : JsonContracts.ALL) {
      Path f = write(c);
      Object back = c.read(f);
      assertEquals(ContractMapper.MAPPER.valueToTree(Samples.of(c)),
          ContractMapper.MAPPER.valueToTree(back), c.id());
    }
  }

  @ParameterizedTest
  @MethodSource("everyKey")
  void aRenamedKeyFailsNamingTheFileAndTheKey(KeyPath key) throws Exception {
    Path f = write(key.contract());
    ObjectNode root = (ObjectNode) ContractMapper.MAPPER.readTree(f.toFile());
    ObjectNode parent = parentOf(root, key.path());
    JsonNode value = parent.remove(key.name());
    parent.set(key.name() + "_renamed", value);
    Files.writeString(f, ContractMapper.MAPPER.writeValueAsString(root));

    StageException e = assertThrows(StageException.class, () -> key.contract().read(f));

    assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
    assertTrue(e.getMessage().contains(key.name()), e.getMessage());
  }

  @ParameterizedTest
  @MethodSource("everyKey")
  void aMissingKeyFailsNamingTheFileAndTheKey(KeyPath key) throws Exception {
    Path f = write(key.contract());
    ObjectNode root = (ObjectNode) ContractMapper.MAPPER.readTree(f.toFile());
    parentOf(root, key.path()).remove(key.name());
    Files.writeString(f, ContractMapper.MAPPER.writeValueAsString(root));

    StageException e = assertThrows(StageException.class, () -> key.contract().read(f));

    assertTrue(e.getMessage().contains(f + ": missing key '"), e.getMessage());
    assertTrue(e.getMessage().contains(key.name() + "'"), e.getMessage());
  }

  private static ObjectNode parentOf(ObjectNode root, List<Object> path) {
    JsonNode n = root;
    for (Object p : path.subList(0, path.size() - 1)) {
      n = p instanceof Integer i ? ((ArrayNode) n).get(i) : n.get((String) p);
    }
    return (ObjectNode) n;
  }

  @Test
  void anotherVersionIsRefusedNamingBoth() throws Exception {
    Path f = write(MetricsJson.CONTRACT);
    int current = MetricsJson.CONTRACT.version();
    Files.writeString(f, Files.readString(f).replace("\"contract_version\" : " + current,
        "\"contract_version\" : 7"));

    StageException e = assertThrows(StageException.class, () -> MetricsJson.CONTRACT.read(f));

    assertTrue(e.getMessage().contains("written with metrics version 7, this build reads version"
        + " " + current), e.getMessage());
  }

  @Test
  void anotherContractIsRefused() throws Exception {
    Path f = write(InsightsJson.CONTRACT);

    StageException e = assertThrows(StageException.class, () -> BaselinesJson.CONTRACT.read(f));

    assertTrue(e.getMessage().contains("holds contract 'insights', expected 'baselines'"),
        e.getMessage());
  }

  @Test
  void anUndefinedNumberIsWrittenAsNullAndReadBackAsNaN() throws Exception {
    Path f = write(RecommendationJson.CONTRACT);

    assertTrue(Files.readString(f).contains("\"attention\" : null"), Files.readString(f));
    assertTrue(RecommendationJson.CONTRACT.read(f).marginsOverRandom().get("attention").isNaN());
  }

  @Test
  void aNullWhereATextBelongsIsRefused() throws Exception {
    Path f = write(InsightsJson.CONTRACT);
    Files.writeString(f, Files.readString(f).replace("\"metric\" : \"early_click\"",
        "\"metric\" : null"));

    StageException e = assertThrows(StageException.class, () -> InsightsJson.CONTRACT.read(f));

    assertTrue(e.getMessage().contains("key 'insights[0].metric' is null"), e.getMessage());
  }

  @Test
  void aFractionWhereAnIntegerBelongsIsRefused() throws Exception {
    Path f = write(TrainStats.CONTRACT);
    Files.writeString(f, Files.readString(f).replace("\"epochs_run\" : 3",
        "\"epochs_run\" : 3.5"));

    StageException e = assertThrows(StageException.class, () -> TrainStats.CONTRACT.read(f));

    assertTrue(e.getMessage().contains("bad value of key 'epochs_run'"), e.getMessage());
  }

  @Test
  void aMissingFileIsBadInputNamingIt() {
    Path f = tmp.resolve("metrics.json");

    StageException e = assertThrows(StageException.class, () -> MetricsJson.CONTRACT.read(f));

    assertEquals("missing input: " + f + " does not exist", e.getMessage());
    assertFalse(Files.exists(f));
  }
}

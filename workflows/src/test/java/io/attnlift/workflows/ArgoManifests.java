package io.attnlift.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The project's manifests (every YAML document in workflows/argo) and the repository's folders. */
final class ArgoManifests {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /**
   * One YAML document of a manifest file.
   *
   * @param file the manifest file
   * @param node the parsed document
   */
  record Doc(Path file, JsonNode node) {
    String kind() {
      return node.path("kind").asText();
    }

    String name() {
      return node.path("metadata").path("name").asText();
    }

    boolean isArgo() {
      return node.path("apiVersion").asText().startsWith("argoproj.io/");
    }

    @Override
    public String toString() {
      return file.getFileName() + ":" + kind() + "/" + name();
    }
  }

  private ArgoManifests() {}

  /** The repository root: the tests run in the workflows module's folder. */
  static Path root() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("workflows").resolve("argo"))
          && Files.isRegularFile(p.resolve("pom.xml"))) {
        return p;
      }
    }
    throw new IllegalStateException("no repository root above " + here);
  }

  static Path argoDir() {
    return root().resolve("workflows").resolve("argo");
  }

  static Path dockerDir() {
    return root().resolve("docker");
  }

  /** The manifest files, sorted by name. */
  static List<Path> files() {
    try (Stream<Path> s = Files.list(argoDir())) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every document of every manifest file. */
  static List<Doc> all() {
    List<Doc> docs = new ArrayList<>();
    for (Path f : files()) {
      for (JsonNode n : parse(f)) {
        docs.add(new Doc(f, n));
      }
    }
    return docs;
  }

  /** The documents of one kind. */
  static List<Doc> ofKind(String kind) {
    return all().stream().filter(d -> d.kind().equals(kind)).toList();
  }

  /** The pipeline's WorkflowTemplate document. */
  static ObjectNode workflowTemplate() {
    return (ObjectNode) parse(argoDir().resolve("workflow-template.yaml")).get(0);
  }

  /** Parses every document of a YAML file (documents separated by {@code ---}). */
  static List<JsonNode> parse(Path file) {
    try {
      return YAML.readValues(YAML.getFactory().createParser(file.toFile()), JsonNode.class)
          .readAll().stream().filter(n -> n != null && !n.isMissingNode() && !n.isNull())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse " + file, e);
    }
  }

  /** The container templates of a WorkflowTemplate, by name. */
  static List<JsonNode> containerTemplates(JsonNode workflowTemplate) {
    List<JsonNode> out = new ArrayList<>();
    workflowTemplate.path("spec").path("templates").forEach(t -> {
      if (t.has("container")) {
        out.add(t);
      }
    });
    return out;
  }
}

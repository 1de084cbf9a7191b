package io.attnlift.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The official Argo Workflows JSON schema, from {@code ../shared/argo/} beside the checkout
 * (present in CI only). Each manifest is validated against its own kind's definition, which gives
 * errors about that kind rather than about every branch of the schema's top-level {@code oneOf}.
 */
final class ArgoSchema {
  static final String FILE = "schema-v4.1.2.json";
  private static final String PREFIX = "io.argoproj.workflow.v1alpha1.";

  private final ObjectNode schema;
  private final JsonSchemaFactory factory =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  private ArgoSchema(ObjectNode schema) {
    this.schema = schema;
  }

  /**
   * The folder that holds the schema: {@code <repository root>/../shared/argo}, or the folder the
   * system property {@code argo.schema.dir} names.
   */
  static Path folder() {
    String dir = System.getProperty("argo.schema.dir");
    if (dir != null && !dir.isBlank()) {
      return Path.of(dir);
    }
    return ArgoManifests.root().toAbsolutePath().getParent().resolve("shared").resolve("argo");
  }

  /** The schema, or empty where the shared folder is absent (outside CI). */
  static Optional<ArgoSchema> load() throws IOException {
    Path file = folder().resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    return Optional.of(new ArgoSchema((ObjectNode) new ObjectMapper().readTree(file.toFile())));
  }

  /** The kinds the schema defines, e.g. WorkflowTemplate. */
  boolean defines(String kind) {
    return schema.path("definitions").has(PREFIX + kind);
  }

  /** The schema's complaints about one manifest of the given kind; empty when it is valid. */
  List<String> validate(JsonNode manifest) {
    String kind = manifest.path("kind").asText();
    if (!defines(kind)) {
      return List.of("the Argo schema defines no kind '" + kind + "'");
    }
    ObjectNode forKind = schema.deepCopy();
    forKind.remove("oneOf");
    forKind.remove("$id");
    forKind.put("$ref", "#/definitions/" + PREFIX + kind);
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
    JsonSchema js = factory.getSchema(forKind, config);
    return js.validate(manifest).stream().map(ValidationMessage::getMessage).sorted().toList();
  }
}

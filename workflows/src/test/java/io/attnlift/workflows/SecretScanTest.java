package io.attnlift.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.attnlift.common.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretScanTest {
  @Test
  void keyMaterialAndLiteralPasswordsAreFound() {
    assertEquals(2, SecretScan.text("""
        data: |
          -----BEGIN PRIVATE KEY-----
        env: [{name: X, value: AKIAABCDEFGHIJKLMNOP}]
        """).size());
    assertEquals(1, SecretScan.text("url: jdbc:snowflake://a?password=hunter2").size());
  }

  @Test
  void referencesAndPlaceholdersAreNotSecrets() {
    assertEquals(List.of(), SecretScan.text("""
        # kubectl create secret generic x --from-literal=secretkey=<secret access key>
        accessKeySecret: {name: attnlift-artifacts, key: accesskey}
        password: "{{workflow.parameters.x}}"
        """));
  }

  @Test
  void secretObjectsSecretParametersAndSecretValuedFieldsAreFound() throws Exception {
    assertEquals(3, SecretScan.tree(Json.YAML.readTree("""
        kind: Secret
        stringData: {privateKey: abc}
        spec:
          arguments:
            parameters: [{name: snowflake-password, value: ""}]
        """)).size());
    assertEquals(List.of(), SecretScan.tree(Json.YAML.readTree("""
        kind: WorkflowTemplate
        spec:
          volumes: [{name: k, secret: {secretName: attnlift-snowflake}}]
        """)));
  }
}

package io.attnlift.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The images in docker/, checked against their conventions and against the manifests. */
class DockerfilesTest {
  /** An image with a version tag (x.y at least, so not `latest` nor a floating `17`). */
  private static final Pattern PINNED =
      Pattern.compile("[^\\s:@]+(:[^\\s:]*\\d+\\.\\d+[^\\s:]*|@sha256:\\w+)");
  private static final Pattern FROM = Pattern.compile("(?i)(\\S+)(?:\\s+AS\\s+(\\S+))?");

  @Test
  void thereIsOneImagePerStageWithTheTrainingImageForGpuAndCpu() {
    assertEquals(List.of("attnlift-attribute", "attnlift-extract", "attnlift-preprocess",
        "attnlift-report", "attnlift-train-cpu", "attnlift-train-gpu"),
        Dockerfile.all().stream().map(Dockerfile::image).toList());
  }

  @Test
  void everyImageIsAMultiStageBuildOnPinnedBaseImages() {
    for (Dockerfile d : Dockerfile.all()) {
      List<String> froms = d.all("FROM");
      Set<String> stages = new TreeSet<>();
      assertTrue(froms.size() >= 2, d.file() + " is not a multi-stage build");
      assertTrue(froms.get(0).startsWith("maven:") && froms.get(0).endsWith(" AS build"),
          d.file() + " does not start with the Maven build");
      for (String from : froms) {
        Matcher m = FROM.matcher(from);
        assertTrue(m.matches(), from);
        assertTrue(PINNED.matcher(m.group(1)).matches() || stages.contains(m.group(1)),
            d.file() + ": base image " + m.group(1) + " is not pinned to a version tag");
        if (m.group(2) != null) {
          stages.add(m.group(2));
        }
      }
      for (String copy : d.all("COPY")) {
        Matcher m = Pattern.compile("--from=(\\S+)").matcher(copy);
        if (m.find()) {
          assertTrue(stages.contains(m.group(1)), d.file() + " copies from a non-stage " + copy);
        }
      }
      String runtime = froms.get(froms.size() - 1);
      assertTrue(runtime.startsWith("eclipse-temurin:17") && runtime.contains("-jre")
          || runtime.startsWith("nvidia/cuda:"), d.file() + ": runtime base " + runtime);
    }
  }

  @Test
  void everyImageRunsAsANonRootUser() {
    for (Dockerfile d : Dockerfile.all()) {
      List<String> users = d.finalStage().all("USER");
      assertFalse(users.isEmpty(), d.file() + " runs as root");
      String user = users.get(users.size() - 1).split(":")[0];
      assertFalse(user.equals("root") || user.equals("0"), d.file() + " runs as root");
    }
  }

  @Test
  void everyImageShipsOnlyItsOwnStageJarAndClasspath() {
    for (Dockerfile d : Dockerfile.all()) {
      String module = d.module();
      List<String> copies = new ArrayList<>();
      for (String c : d.finalStage().all("COPY")) {
        if (c.startsWith("--from=build ")) {
          copies.add(c.substring("--from=build ".length()));
        }
      }
      assertEquals(List.of(
          "/src/" + module + "/target/attnlift-" + module + ".jar /app/attnlift-" + module + ".jar",
          "/src/" + module + "/target/lib /app/lib"), copies, d.file().toString());
      List<String> mvn = d.all("RUN").stream().filter(r -> r.contains("mvn ")).toList();
      assertEquals(1, mvn.size(), d.file() + " builds more than once");
      assertTrue(mvn.get(0).contains(" -pl " + module + " -am "), d.file() + ": " + mvn.get(0));
    }
  }

  @Test
  void everyEntrypointRunsAStageJarWhoseModuleDeclaresThatStagesMainClass() throws Exception {
    for (Dockerfile d : Dockerfile.all()) {
      List<String> e = d.entrypoint();
      assertEquals("java", e.get(0), d.file().toString());
      String module = d.module();
      Path pom = ArgoManifests.root().resolve(module).resolve("pom.xml");
      assertTrue(Files.isRegularFile(pom), d.file() + " runs a jar of no module: " + module);
      String main = "io.attnlift." + module + "."
          + Character.toUpperCase(module.charAt(0)) + module.substring(1) + "Main";
      assertTrue(Files.readString(pom).contains("<stage.mainClass>" + main + "</stage.mainClass>"),
          pom + " does not make " + main + " the jar's main class");
    }
  }

  @Test
  void theGpuTrainImageRunsOnCuda125WithCudnn9AndTheGpuNativeLibrary() {
    Dockerfile gpu = Dockerfile.read(ArgoManifests.dockerDir().resolve("train-gpu.Dockerfile"));
    List<String> froms = gpu.all("FROM");
    assertTrue(froms.get(froms.size() - 1).matches("nvidia/cuda:12\\.5\\.\\d+-cudnn-runtime-\\S+"),
        froms.toString());
    assertTrue(gpu.all("RUN").stream().anyMatch(r -> r.contains("mvn ") && r.contains(" -Pgpu ")));
    Dockerfile cpu = Dockerfile.read(ArgoManifests.dockerDir().resolve("train-cpu.Dockerfile"));
    assertTrue(cpu.all("RUN").stream().noneMatch(r -> r.contains("-Pgpu")));
    assertEquals("train", cpu.module());
  }

  @Test
  void everyImageTheManifestsRunIsOneTheBuildScriptBuilds() throws Exception {
    String built = buildScriptDryRun("--registry", "reg.example/x", "--tag", "9.9");
    Set<String> named = new TreeSet<>();
    for (ArgoManifests.Doc doc : ArgoManifests.all()) {
      for (JsonNode image : doc.node().findValues("image")) {
        if (image.asText().contains("attnlift-")) {
          named.add(image.asText());
        }
      }
    }
    assertFalse(named.isEmpty());
    for (String image : named) {
      String rendered = image.replace("{{workflow.parameters.image-registry}}", "reg.example/x")
          .replace("{{workflow.parameters.image-tag}}", "9.9");
      assertTrue(built.contains("--tag " + rendered + " "), rendered + " is not built:\n" + built);
    }
    for (Dockerfile d : Dockerfile.all()) {
      assertTrue(built.contains("--file docker/" + d.file().getFileName() + " --tag reg.example/x/"
          + d.image() + ":9.9 ."), d.file() + " is not built:\n" + built);
    }
  }

  @Test
  void theBuildScriptTagsWithTheTemplatesDefaultImageTagAndPushesOnRequest() throws Exception {
    String tag = WorkflowTemplate.parse(ArgoManifests.workflowTemplate()).parameters()
        .get("image-tag");
    String out = buildScriptDryRun("--push", "report");
    assertEquals("env DOCKER_BUILDKIT=1 docker build --file docker/report.Dockerfile --tag "
        + "ghcr.io/attnlift/attnlift-report:" + tag + " .\n"
        + "docker push ghcr.io/attnlift/attnlift-report:" + tag + "\n", out);
  }

  private static String buildScriptDryRun(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("bash",
        ArgoManifests.dockerDir().resolve("build.sh").toString(), "--dry-run"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), "build.sh --dry-run failed: " + out);
    return out;
  }
}

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
import java.util.Map;
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
  void everyBaseImageIsABuildArgumentDefaultingToAPinnedPublicImage() {
    for (Dockerfile d : Dockerfile.all()) {
      Map<String, String> args = d.globalArgs();
      Set<String> stages = new TreeSet<>();
      for (String from : d.all("FROM")) {
        Matcher m = FROM.matcher(from);
        assertTrue(m.matches(), from);
        String base = m.group(1);
        if (!stages.contains(base)) {
          Matcher arg = Pattern.compile("\\$\\{(\\w+)}").matcher(base);
          assertTrue(arg.matches(), d.file() + ": base " + base + " is not a build argument");
          String def = args.get(arg.group(1));
          assertTrue(def != null && PINNED.matcher(def).matches(),
              d.file() + ": " + base + " defaults to " + def + ", not a pinned image");
        }
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
      assertTrue(args.getOrDefault("JRE_BASE", "").matches("eclipse-temurin:17\\S*-jre\\S*"),
          d.file() + ": JRE_BASE " + args.get("JRE_BASE"));
    }
  }

  @Test
  void everyImageRunsAsTheNonRootUserOfTheWorkflowTemplate() throws Exception {
    PodSpec pod = WorkflowTemplate.parse(ArgoManifests.workflowTemplate()).pods().get("train");
    for (Dockerfile d : Dockerfile.all()) {
      List<String> users = d.finalStage().all("USER");
      assertFalse(users.isEmpty(), d.file() + " runs as root");
      String user = users.get(users.size() - 1);
      assertFalse(user.startsWith("root") || user.startsWith("0"), d.file() + " runs as root");
      assertEquals(pod.user(), user, d.file().toString());
    }
  }

  @Test
  void everyImageShipsOnlyItsOwnStageJarAndClasspathFromTheHostBuild() {
    for (Dockerfile d : Dockerfile.all()) {
      String module = d.module();
      List<String> copies = d.finalStage().all("COPY").stream()
          .filter(c -> !c.startsWith("--from=")).toList();
      assertEquals(List.of("lib /app/lib",
          "attnlift-" + module + ".jar /app/attnlift-" + module + ".jar"), copies,
          d.file().toString());
      assertTrue(d.all("RUN").stream().noneMatch(r -> r.contains("mvn ")),
          d.file() + " builds inside the image, which cannot reach Maven Central");
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
  void theGpuTrainImageRunsOnCuda125WithCudnn9AndTheGpuBuildOfTheJar() throws Exception {
    Dockerfile gpu = Dockerfile.read(ArgoManifests.dockerDir().resolve("train-gpu.Dockerfile"));
    assertTrue(gpu.globalArgs().get("CUDA_BASE").matches("nvidia/cuda:12\\.5\\.\\d+-cudnn-runtime-\\S+"),
        gpu.globalArgs().toString());
    assertEquals("${CUDA_BASE}", gpu.finalStage().all("FROM").get(0));
    assertTrue(gpu.finalStage().all("COPY").contains(
        "--from=jre /opt/java/openjdk /opt/java/openjdk"));
    String out = buildScriptDryRun("train-gpu", "train-cpu");
    assertTrue(out.contains("cp -al train/target/gpu/attnlift-train.jar train/target/gpu/lib"
        + " target/docker/train-gpu/"), out);
    assertTrue(out.contains("cp -al train/target/attnlift-train.jar train/target/lib"
        + " target/docker/train-cpu/"), out);
    String pom = Files.readString(ArgoManifests.root().resolve("pom.xml"));
    String profile = pom.substring(pom.indexOf("<id>gpu</id>"));
    assertTrue(profile.contains("linux-x86_64-gpu") && profile.contains(
        "<directory>${project.basedir}/target/gpu</directory>"), profile);
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
      String name = d.file().getFileName().toString().replace(".Dockerfile", "");
      assertTrue(built.contains("docker build --file docker/" + name + ".Dockerfile --tag"
          + " reg.example/x/" + d.image() + ":9.9 target/docker/" + name + "\n"),
          d.file() + " is not built:\n" + built);
    }
  }

  @Test
  void theBuildScriptTagsWithTheTemplatesDefaultImageTagAndPushesOnRequest() throws Exception {
    String tag = WorkflowTemplate.parse(ArgoManifests.workflowTemplate()).parameters()
        .get("image-tag");
    String out = buildScriptDryRun("--push", "report");
    assertEquals("cp -al report/target/attnlift-report.jar report/target/lib target/docker/report/\n"
        + "docker build --file docker/report.Dockerfile --tag "
        + "ghcr.io/attnlift/attnlift-report:" + tag + " target/docker/report\n"
        + "docker push ghcr.io/attnlift/attnlift-report:" + tag + "\n", out);
  }

  @Test
  void localBuildsMakeDebianBasesAndBuildEveryImageOnThemUnderTheExecutorsRegistry()
      throws Exception {
    String out = buildScriptDryRun("--local", "extract", "train-gpu");
    assertTrue(out.startsWith("debootstrap --variant=minbase bookworm "), out);
    assertTrue(out.contains("docker import - attnlift-local/debian:bookworm\n"), out);
    assertTrue(out.contains("--file " + ArgoManifests.dockerDir().resolve("local/jre.Dockerfile")
        + " --tag attnlift-local/jre:17 "), out);
    String args = " --network host --build-arg JRE_BASE=attnlift-local/jre:17"
        + " --build-arg CUDA_BASE=attnlift-local/debian:bookworm ";
    String tag = WorkflowTemplate.parse(ArgoManifests.workflowTemplate()).parameters()
        .get("image-tag");
    for (String name : List.of("extract", "train-gpu")) {
      assertTrue(out.contains("--tag " + DockerExecutor.LOCAL_REGISTRY + "/attnlift-" + name + ":"
          + tag + args + "target/docker/" + name + "\n"), out);
    }
    Dockerfile jre = Dockerfile.read(ArgoManifests.dockerDir().resolve("local/jre.Dockerfile"));
    assertTrue(jre.finalStage().all("COPY").contains(
        "--from=jdk /opt/java/openjdk /opt/java/openjdk"), jre.instructions().toString());
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

package io.attnlift.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import io.attnlift.common.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A Dockerfile read into its instructions (continuation lines joined, comments dropped), enough to
 * check the images' conventions without a Docker engine.
 *
 * @param file the Dockerfile
 * @param instructions each instruction as {keyword upper-cased, rest of the line}
 */
record Dockerfile(Path file, List<String[]> instructions) {

  /** The Dockerfiles in docker/, sorted by name. */
  static List<Dockerfile> all() {
    try (Stream<Path> s = Files.list(ArgoManifests.dockerDir())) {
      return s.filter(p -> p.getFileName().toString().endsWith(".Dockerfile")).sorted()
          .map(Dockerfile::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Dockerfile read(Path file) {
    try {
      return parse(file, Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Dockerfile parse(Path file, String text) {
    List<String[]> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
        continue;
      }
      if (trimmed.endsWith("\\")) {
        current.append(trimmed, 0, trimmed.length() - 1).append(' ');
        continue;
      }
      current.append(trimmed);
      String[] parts = current.toString().split("\\s+", 2);
      out.add(new String[] {parts[0].toUpperCase(java.util.Locale.ROOT),
          parts.length > 1 ? parts[1] : ""});
      current.setLength(0);
    }
    return new Dockerfile(file, out);
  }

  /** The image name this file builds: attnlift-{@code <file name without .Dockerfile>}. */
  String image() {
    return "attnlift-" + file.getFileName().toString().replace(".Dockerfile", "");
  }

  /** The build arguments declared before the first FROM, with their defaults. */
  java.util.Map<String, String> globalArgs() {
    java.util.Map<String, String> args = new java.util.LinkedHashMap<>();
    for (String[] i : instructions) {
      if (i[0].equals("FROM")) {
        break;
      }
      if (i[0].equals("ARG")) {
        String[] kv = i[1].split("=", 2);
        args.put(kv[0], kv.length > 1 ? kv[1] : null);
      }
    }
    return args;
  }

  /** The arguments of every instruction with this keyword, in order. */
  List<String> all(String keyword) {
    return instructions.stream().filter(i -> i[0].equals(keyword)).map(i -> i[1]).toList();
  }

  /** The instructions of the last stage (after the last FROM). */
  Dockerfile finalStage() {
    int last = 0;
    for (int i = 0; i < instructions.size(); i++) {
      if (instructions.get(i)[0].equals("FROM")) {
        last = i;
      }
    }
    return new Dockerfile(file, instructions.subList(last, instructions.size()));
  }

  /** The ENTRYPOINT in exec form. */
  List<String> entrypoint() {
    List<String> e = finalStage().all("ENTRYPOINT");
    if (e.size() != 1) {
      throw new IllegalStateException(file + " has " + e.size() + " ENTRYPOINTs in its last stage");
    }
    try {
      JsonNode node = Json.MAPPER.readTree(e.get(0));
      List<String> out = new ArrayList<>();
      node.forEach(n -> out.add(n.asText()));
      return out;
    } catch (IOException ex) {
      throw new IllegalStateException(file + ": ENTRYPOINT is not in exec (JSON) form", ex);
    }
  }

  /** The stage module whose jar the ENTRYPOINT runs ({@code -jar /app/attnlift-<module>.jar}). */
  String module() {
    List<String> e = entrypoint();
    int jar = e.indexOf("-jar");
    String path = jar < 0 || jar + 1 >= e.size() ? "" : e.get(jar + 1);
    if (!path.matches("/app/attnlift-[a-z]+\\.jar")) {
      throw new IllegalStateException(file + ": ENTRYPOINT runs no /app/attnlift-<stage>.jar");
    }
    return path.substring("/app/attnlift-".length(), path.length() - ".jar".length());
  }
}

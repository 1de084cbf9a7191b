package io.attnlift.common;

import java.util.Arrays;

/** The pipeline's stages; {@link #dirName()} is the folder under a run and must stay stable. */
public enum Stage {
  EXTRACT("extract"),
  PREPROCESS("preprocess"),
  TRAIN("train"),
  ATTRIBUTE("attribute"),
  REPORT("report");

  private final String dirName;

  Stage(String dirName) {
    this.dirName = dirName;
  }

  /** The stage's folder name under a run directory, and its command name. */
  public String dirName() {
    return dirName;
  }

  /** Parses a stage's command name, e.g. {@code "train"}. */
  public static Stage parse(String name) {
    return Arrays.stream(values())
        .filter(s -> s.dirName.equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                StageException.badInput(
                    "unknown stage '%s' (expected one of %s)", name, Arrays.toString(names())));
  }

  static String[] names() {
    return Arrays.stream(values()).map(Stage::dirName).toArray(String[]::new);
  }

  @Override
  public String toString() {
    return dirName;
  }
}

package io.attnlift.common;

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

  @Override
  public String toString() {
    return dirName;
  }
}

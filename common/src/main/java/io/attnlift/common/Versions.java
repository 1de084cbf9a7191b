package io.attnlift.common;

/** The build's version, as the jar manifest records it ({@code dev} when run from classes). */
public final class Versions {
  private Versions() {}

  public static String tool() {
    String v = Versions.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}

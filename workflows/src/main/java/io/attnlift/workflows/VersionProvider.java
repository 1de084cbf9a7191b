package io.attnlift.workflows;

import io.attnlift.common.Versions;
import picocli.CommandLine.IVersionProvider;

/** {@code attnlift --version}. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"attnlift " + Versions.tool()};
  }
}

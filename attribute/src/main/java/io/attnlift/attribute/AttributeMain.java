package io.attnlift.attribute;

import io.attnlift.common.StageCli;
import picocli.CommandLine.Command;

/** The attribute stage's jar: {@code java -jar attnlift-attribute.jar attribute [flags]}. */
@Command(
    name = "attnlift-attribute",
    mixinStandardHelpOptions = true,
    description = "Lift tables with confidence intervals, baselines and write-back.",
    subcommands = {AttributeCommand.class})
public final class AttributeMain {
  public static void main(String[] args) {
    System.exit(StageCli.execute(new AttributeMain(), args));
  }
}

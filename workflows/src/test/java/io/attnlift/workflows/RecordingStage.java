package io.attnlift.workflows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The main class of the stage jars that {@link LocalRerunIT} puts in a project home: appends
 * {@code <args>} as one line to {@code $ATTNLIFT_HOME/calls.txt} and exits with the code in
 * {@code $ATTNLIFT_HOME/exit-<command>} if there is one, else 0.
 */
public final class RecordingStage {
  private RecordingStage() {}

  public static void main(String[] args) throws IOException {
    Path home = Path.of(System.getenv("ATTNLIFT_HOME"));
    Files.writeString(home.resolve("calls.txt"), String.join(" ", args) + "\n",
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    Path exit = home.resolve("exit-" + args[0]);
    System.exit(Files.exists(exit) ? Integer.parseInt(Files.readString(exit).trim()) : 0);
  }
}

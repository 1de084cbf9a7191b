package io.attnlift.workflows;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

/**
 * Parses arguments with a stage jar's own picocli command, loaded with the jar's own classpath
 * (its manifest's Class-Path) in a class loader of its own: each stage has a classpath of its own,
 * so the workflows module checks its manifests against the real parsers without linking to them.
 * Only parses; nothing runs.
 */
final class StageParser implements AutoCloseable {
  private final Path jar;
  private final String mainClass;
  private final URLClassLoader loader;

  private StageParser(Path jar, String mainClass, URLClassLoader loader) {
    this.jar = jar;
    this.mainClass = mainClass;
    this.loader = loader;
  }

  /** Opens a runnable jar; fails naming the jar or the main class when either is missing. */
  static StageParser open(Path jar) throws IOException {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is not built (mvn -DskipTests package)");
    }
    String main;
    List<URL> urls = new ArrayList<>();
    urls.add(jar.toUri().toURL());
    try (JarFile jf = new JarFile(jar.toFile())) {
      Attributes a = jf.getManifest() == null ? new Attributes() : jf.getManifest()
          .getMainAttributes();
      main = a.getValue(Attributes.Name.MAIN_CLASS);
      String cp = a.getValue(Attributes.Name.CLASS_PATH);
      if (cp != null) {
        for (String entry : cp.trim().split("\\s+")) {
          urls.add(jar.getParent().resolve(entry).toUri().toURL());
        }
      }
    }
    if (main == null || main.isBlank()) {
      throw new IllegalStateException(jar + " names no Main-Class in its manifest");
    }
    URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new),
        ClassLoader.getPlatformClassLoader());
    return new StageParser(jar, main, loader);
  }

  /** The main class named by the jar's manifest. */
  String mainClass() {
    return mainClass;
  }

  /** Loads the main class; fails naming it when the jar does not hold it. */
  Class<?> loadMain() {
    try {
      return Class.forName(mainClass, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException("main class " + mainClass + " (the Main-Class of " + jar
          + ") cannot be loaded from the jar and its lib/: " + e, e);
    }
  }

  /**
   * Parses the args as the stage's main would, with the shared command line
   * ({@code io.attnlift.common.StageCli}) where the jar has it; throws
   * {@link IllegalArgumentException} with picocli's message when they are refused.
   */
  void parse(List<String> args) {
    Class<?> main = loadMain();
    try {
      var ctor = main.getDeclaredConstructor();
      ctor.setAccessible(true);
      Object command = ctor.newInstance();
      Object commandLine = commandLine(command);
      Method parse = commandLine.getClass().getMethod("parseArgs", String[].class);
      parse.invoke(commandLine, (Object) unset(commandLine, args.toArray(String[]::new)));
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw new IllegalArgumentException(mainClass + " refuses " + args + ": "
          + cause.getMessage(), cause);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build the command line of " + mainClass + ": " + e,
          e);
    }
  }

  /** The args without the flags given empty, as the stage's own {@code execute} drops them. */
  private String[] unset(Object commandLine, String[] args) throws ReflectiveOperationException {
    try {
      Class<?> cli = Class.forName("io.attnlift.common.StageCli", true, loader);
      Class<?> cl = Class.forName("picocli.CommandLine", true, loader);
      return (String[]) cli.getMethod("dropUnset", cl, String[].class)
          .invoke(null, commandLine, args);
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      return args;
    }
  }

  private Object commandLine(Object command) throws ReflectiveOperationException {
    try {
      Class<?> cli = Class.forName("io.attnlift.common.StageCli", true, loader);
      return cli.getMethod("commandLine", Object.class).invoke(null, command);
    } catch (ClassNotFoundException e) {
      Class<?> cl = Class.forName("picocli.CommandLine", true, loader);
      return cl.getConstructor(Object.class).newInstance(command);
    }
  }

  @Override
  public void close() throws IOException {
    loader.close();
  }
}

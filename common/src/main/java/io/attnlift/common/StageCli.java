package io.attnlift.common;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Runs a picocli command and maps its failures to the shared exit codes: a {@link StageException}
 * exits with its own code and its message, a usage error with 2, anything else with 1 and a stack
 * trace. Flags are typed: durations read as {@code 60s} or {@code PT1M}, enums by their id
 * ({@code no-funnel}, {@code duckdb}). A flag given an empty or blank value counts as not given
 * (Argo passes every workflow parameter, unset ones as empty strings). Stage mains are one line:
 * {@code System.exit(StageCli.execute(new Cmd(), args))}.
 */
public final class StageCli {
  private static final Logger LOG = LoggerFactory.getLogger(StageCli.class);

  private StageCli() {}

  /**
   * A command line with the shared error handling and converters, whose {@code execute} drops
   * the flags given empty first.
   */
  public static CommandLine commandLine(Object command) {
    CommandLine cl = new CommandLine(command) {
      @Override
      public int execute(String... args) {
        String[] given;
        try {
          given = dropUnset(this, args);
        } catch (StageException e) {
          getErr().println("error: " + e.getMessage());
          return e.exitCode();
        }
        return super.execute(given);
      }
    };
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          String full = Failures.noSpace(ex);
          if (full != null) {
            LOG.error("failed: {}", ex.toString(), ex);
            commandLine.getErr().println("error: No space left on device (" + full + "): free"
                + " space where the run folder is, then rerun; what was half-written is removed");
            return ExitCodes.FAILURE;
          }
          StageException se = find(ex);
          if (se != null) {
            commandLine.getErr().println("error: " + se.getMessage());
            return se.exitCode();
          }
          LOG.error("failed: {}", ex.toString(), ex);
          commandLine.getErr().println("error: " + Failures.describe(ex));
          return ExitCodes.FAILURE;
        });
    cl.registerConverter(Duration.class, Durations::parse);
    for (Class<?> e : enumTypes(cl)) {
      register(cl, e);
    }
    return cl;
  }

  /** Parses and runs {@code args}; returns the exit code. */
  public static int execute(Object command, String... args) {
    return execute(commandLine(command), args);
  }

  /** Runs {@code args} on a command line made by {@link #commandLine}. */
  public static int execute(CommandLine cl, String... args) {
    return cl.execute(args);
  }

  /**
   * The arguments without the flags given an empty or blank value: {@code --since=} and
   * {@code --since ""} mean the flag was not given. {@link #NEVER_BLANK} flags are the exception:
   * given blank, they are refused (exit 2).
   */
  public static String[] dropUnset(CommandLine cl, String... args) {
    Set<String> takeValues = optionsWithValues(cl);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 2 && a.substring(eq + 1).isBlank()) {
        refuseBlank(a.substring(0, eq));
        continue;
      }
      if (takeValues.contains(a) && i + 1 < args.length && args[i + 1].isBlank()) {
        refuseBlank(a);
        i++;
        continue;
      }
      out.add(a);
    }
    return out.toArray(String[]::new);
  }

  /**
   * Flags whose blank value is refused rather than read as unset: an empty {@code --runs-root}
   * (Argo passes every parameter) would otherwise fall back to {@code runs} in the working
   * directory, outside the mounted volume, and the outputs would be lost.
   */
  static final Set<String> NEVER_BLANK = Set.of("--runs-root");

  private static void refuseBlank(String flag) {
    if (NEVER_BLANK.contains(flag)) {
      throw StageException.badInput("%s is empty: give the folder that holds the runs (an empty"
          + " value would write them into the working directory)", flag);
    }
  }

  private static Set<String> optionsWithValues(CommandLine cl) {
    Set<String> names = new HashSet<>();
    for (OptionSpec o : cl.getCommandSpec().options()) {
      if (o.arity().max() > 0) {
        names.addAll(List.of(o.names()));
      }
    }
    cl.getSubcommands().values().forEach(sub -> names.addAll(optionsWithValues(sub)));
    return names;
  }

  private static Set<Class<?>> enumTypes(CommandLine cl) {
    Set<Class<?>> out = new HashSet<>();
    for (OptionSpec o : cl.getCommandSpec().options()) {
      if (o.type().isEnum()) {
        out.add(o.type());
      }
      for (Class<?> aux : o.auxiliaryTypes()) {
        if (aux.isEnum()) {
          out.add(aux);
        }
      }
    }
    cl.getSubcommands().values().forEach(sub -> out.addAll(enumTypes(sub)));
    return out;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void register(CommandLine cl, Class<?> type) {
    cl.registerConverter((Class) type, v -> parseEnum(type, v));
  }

  /**
   * An enum constant from a flag: the type's own {@code parse(String)} when it has one (it knows
   * the ids), else the constant whose name or {@code toString()} matches, ignoring case.
   */
  static Object parseEnum(Class<?> type, String value) throws Exception {
    try {
      Method parse = type.getMethod("parse", String.class);
      if (Modifier.isStatic(parse.getModifiers()) && parse.getReturnType() == type) {
        try {
          return parse.invoke(null, value);
        } catch (java.lang.reflect.InvocationTargetException e) {
          throw e.getCause() instanceof Exception ex ? ex : e;
        }
      }
    } catch (NoSuchMethodException e) {
      // no parse method: match by name
    }
    for (Object c : type.getEnumConstants()) {
      String name = ((Enum<?>) c).name();
      if (name.equalsIgnoreCase(value) || c.toString().equalsIgnoreCase(value)) {
        return c;
      }
    }
    List<String> ids = new ArrayList<>();
    for (Object c : type.getEnumConstants()) {
      ids.add(c.toString().toLowerCase(Locale.ROOT));
    }
    throw new CommandLine.TypeConversionException(
        "'" + value + "' is not one of " + String.join(", ", ids));
  }

  private static StageException find(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof StageException se) {
        return se;
      }
    }
    return null;
  }
}

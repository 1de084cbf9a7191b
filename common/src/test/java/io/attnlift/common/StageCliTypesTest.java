package io.attnlift.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

class StageCliTypesTest {
  /** A stage's options, with its defaults in one place. */
  record ToyOptions(int users, Path duckdb, Duration timeout, List<Variant> variants,
      Method method) implements StageOptions {
    static ToyOptions defaults() {
      return new ToyOptions(100, Path.of("data/x.duckdb"), Duration.ofSeconds(90),
          List.of(Variant.values()), Method.OCCLUSION);
    }

    @Override
    public void validate() {
      if (users < 1) {
        throw StageException.badInput("--users must be at least 1, got %d", users);
      }
    }
  }

  @Command(name = "toy", mixinStandardHelpOptions = true,
      defaultValueProvider = Toy.Defaults.class)
  static final class Toy implements Callable<Integer> {
    static final class Defaults extends StageDefaults {
      public Defaults() {
        super(ToyOptions.defaults());
      }
    }

    @Mixin CommonOptions common;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Option(names = "--users", description = "Users (default: ${DEFAULT-VALUE}).") Integer users;
    @Option(names = "--duckdb", description = "File (default: ${DEFAULT-VALUE}).") Path duckdb;
    @Option(names = "--timeout", description = "(default: ${DEFAULT-VALUE}).") Duration timeout;
    @Option(names = "--variants", split = ",", description = "(default: ${DEFAULT-VALUE}).")
    List<Variant> variants;
    @Option(names = "--method", description = "(default: ${DEFAULT-VALUE}).") Method method;
    ToyOptions resolved;

    @Override
    public Integer call() {
      resolved = StageConfig.resolve(ToyOptions.defaults(), common.config(), "extract", spec);
      return 0;
    }
  }

  private static Toy run(String... args) {
    Toy t = new Toy();
    assertEquals(0, StageCli.execute(t, args));
    return t;
  }

  @Test
  void typedFlagsReachTheOptionsRecord() {
    Toy t = run("--users", "7", "--timeout=2m", "--variants", "[\"with-funnel\"]",
        "--method", "gradient_x_input", "--duckdb", "a/b.duckdb");

    assertEquals(new ToyOptions(7, Path.of("a/b.duckdb"), Duration.ofMinutes(2),
        List.of(Variant.WITH_FUNNEL), Method.GRADIENT_X_INPUT), t.resolved);
  }

  @Test
  void flagsGivenEmptyOrBlankCountAsNotGiven() {
    Toy t = run("--users=", "--timeout", "", "--method= ", "--variants=");

    assertEquals(ToyOptions.defaults(), t.resolved);
    assertArrayEquals(new String[] {"--run-id", "r1"}, StageCli.dropUnset(
        StageCli.commandLine(new Toy()), "--users=", "--run-id", "r1", "--duckdb", " "));
  }

  @Test
  void helpShowsTheDefaultsOfTheOptionsRecord() {
    StringWriter out = new StringWriter();
    CommandLine cl = StageCli.commandLine(new Toy());
    cl.setOut(new PrintWriter(out, true));
    cl.execute("--help");

    String help = out.toString();
    assertTrue(help.contains("Users (default: 100)."), help);
    assertTrue(help.contains("File (default: data/x.duckdb)."), help);
    assertTrue(help.contains("(default: 90s)."), help);
    assertTrue(help.contains("(default: no-funnel,funnel-removed,with-funnel)."), help);
    assertTrue(help.contains("(default: occlusion)."), help);
  }

  @Test
  void aBadValueIsAUsageErrorNamingTheFlag() {
    StringWriter err = new StringWriter();
    CommandLine cl = StageCli.commandLine(new Toy());
    cl.setErr(new PrintWriter(err, true));

    assertEquals(2, StageCli.execute(cl, "--method", "saliency"));
    assertTrue(err.toString().contains("--method"), err.toString());
    assertEquals(2, StageCli.execute(StageCli.commandLine(new Toy()), "--users", "0"));
  }
}

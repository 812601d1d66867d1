package io.github.vnnews.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code vnnews} command line: {@code ingest} turns scrapes into JSON, {@code explain} shows
 * the decision for every line of one file.
 */
@Command(
    name = "vnnews",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Turns raw Vietnamese news scrapes into a clean, typed, auditable corpus.",
    subcommands = {IngestCommand.class, ExplainCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command line and returns its exit status (0 ok, 1 some input rejected, 2 usage).
   *
   * @param args the arguments
   * @return the status
   */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /**
   * The configured picocli command line (tests use it with their own streams).
   *
   * @return the command line
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExitCodeExceptionMapper(e -> 2);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: ingest or explain");
  }

  /** Reads the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"vnnews " + (v == null ? "(development build)" : v)};
    }
  }
}

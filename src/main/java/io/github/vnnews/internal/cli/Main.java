package io.github.vnnews.internal.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/**
 * The {@code vnnews} command line: {@code ingest} turns scrapes into JSON, {@code explain} shows
 * the decision for every line of one file, {@code completion} prints a bash/zsh completion script.
 *
 * <table>
 *   <caption>Exit status</caption>
 *   <tr><th>status</th><th>meaning</th></tr>
 *   <tr><td>0</td><td>every input was read</td></tr>
 *   <tr><td>1</td><td>some inputs, or parts of them, were rejected (the rest is written; {@code
 *       --errors} lists them)</td></tr>
 *   <tr><td>2</td><td>usage error, found before any input is read: an unknown option or encoding,
 *       a bad regular expression, threads out of range, an output that cannot or must not be
 *       written (a directory, a device, an input, no permission)</td></tr>
 *   <tr><td>3</td><td>writing an output failed (disk full, I/O error): the previous file is left
 *       as it was</td></tr>
 *   <tr><td>4</td><td>internal error (a bug: please report it with {@code --debug}'s stack
 *       trace)</td></tr>
 *   <tr><td>141</td><td>standard output was closed by its reader ({@code | head}): the run stops
 *       quietly, as a program killed by SIGPIPE would (128 + 13)</td></tr>
 *   <tr><td>130, 143</td><td>interrupted (SIGINT, SIGTERM): temporary files are removed and the
 *       previous outputs are left as they were</td></tr>
 * </table>
 *
 * <p>Messages go to standard error, one line each; stack traces only with {@code --debug}.
 */
@Command(
    name = "vnnews",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Turns raw Vietnamese news scrapes into a clean, typed, auditable corpus.",
    subcommands = {IngestCommand.class, ExplainCommand.class, ReportCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  /** Every input was read. */
  public static final int OK = 0;
  /** Some inputs were rejected. */
  public static final int REJECTED = 1;
  /** Usage error. */
  public static final int USAGE = 2;
  /** Writing an output failed. */
  public static final int OUTPUT_FAILED = 3;
  /** Internal error. */
  public static final int INTERNAL = 4;
  /** Standard output was closed by its reader (128 + SIGPIPE). */
  public static final int CLOSED_PIPE = 141;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Print stack traces of internal errors (for a bug report).")
  boolean debug;

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command line and returns its exit status (see the table above).
   *
   * @param args the arguments
   * @return the status
   */
  public static int run(String... args) {
    CommandLine cl = commandLine();
    try {
      return cl.execute(args);
    } catch (Throwable t) { // an Error outside any one document: report it in one line
      PrintWriter err = cl.getErr();
      err.println("vnnews: internal error: " + t);
      err.flush();
      return INTERNAL;
    }
  }

  /**
   * The configured picocli command line, writing articles to the process's standard output.
   *
   * @return the command line
   */
  public static CommandLine commandLine() {
    return commandLine(new FileOutputStream(FileDescriptor.out));
  }

  /**
   * The configured picocli command line (tests use it with their own streams).
   *
   * @param stdout where {@code ingest} writes articles when the output is standard output: the
   *     bytes themselves, so that write errors are seen (never closed)
   * @return the command line
   */
  public static CommandLine commandLine(OutputStream stdout) {
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    CommandLine cl = new CommandLine(new Main(), new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> cls) throws Exception {
        K k = defaults.create(cls);
        if (k instanceof IngestCommand ingest) {
          ingest.stdout = stdout;
        } else if (k instanceof ReportCommand report) {
          report.stdout = stdout;
        }
        return k;
      }
    });
    // vnnews completion: the bash/zsh completion script (source <(vnnews completion))
    CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
    completion.getCommandSpec().usageMessage().description(
        "Prints a bash and zsh completion script for vnnews.",
        "Run: source <(vnnews completion)  (zsh: autoload -U +X bashcompinit && bashcompinit first)",
        "or save it: vnnews completion > /etc/bash_completion.d/vnnews");
    completion.getCommandSpec().name("completion");
    cl.addSubcommand("completion", completion);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // an argument is what it says: picocli would read one that opens with @ as a file of more
    // arguments, and @@ as an escaped @, so "--delimiter @@@@@" (a separator collectors use)
    // split on "@@@@" instead, and "@" alone named no file
    cl.setExpandAtFiles(false);
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine c = ex.getCommandLine();
          PrintWriter err = c.getErr();
          err.println("vnnews: " + ex.getMessage());
          err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for the options.");
          err.flush();
          return USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, c, parsed) -> {
          PrintWriter err = c.getErr();
          err.println("vnnews: internal error: " + ex + " (please report it; --debug prints the stack trace)");
          if (debug(parsed)) {
            ex.printStackTrace(err);
          }
          err.flush();
          return INTERNAL;
        });
    return cl;
  }

  /** Whether {@code --debug} was given, on the command or a subcommand. */
  static boolean debug(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: ingest, explain, report or completion");
  }

  /**
   * {@code vnnews --version}: the version and the commit it was built from (from {@code
   * version.properties} and {@code build.properties}, which the build writes), and the Java that
   * runs it.
   */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      for (String name : new String[] {"version.properties", "build.properties"}) {
        try (InputStream in = Main.class.getResourceAsStream(name)) {
          if (in != null) {
            p.load(in);
          }
        } catch (IOException e) {
          // the lines below say it is unknown
        }
      }
      String version = p.getProperty("version", "(development build)");
      String build = p.getProperty("build", "unknown");
      if (build.isEmpty() || build.startsWith("${")) {
        build = "unknown";
      }
      return new String[] {
        "vnnews " + version,
        "build " + build,
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
      };
    }
  }
}

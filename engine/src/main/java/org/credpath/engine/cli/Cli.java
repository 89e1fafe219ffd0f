package org.credpath.engine.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code credpath} command line. Engine commands are registered here; the api module adds
 * {@code serve} (see {@code org.credpath.api.Main}). Results go to stdout, progress and logs to stderr.
 */
@Command(name = "credpath", mixinStandardHelpOptions = true, version = "credpath 0.1.0",
        description = "Micro-credential recommendations: what to study next and where it leads.",
        subcommands = {CommandLine.HelpCommand.class, DataCommand.class, EvalCommand.class, CatalogCommand.class,
                TrainCommand.class, IndexCommand.class, SearchCommand.class, BenchCommand.class, PlanCommand.class,
                SimulateCommand.class, RegressionsCommand.class, RecommendCommand.class, PathwayCommand.class})
public final class Cli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line with every engine subcommand; callers may add more before executing. */
    public static CommandLine create() {
        CommandLine cl = new CommandLine(new Cli());
        cl.setExecutionExceptionHandler(Cli::handleFailure);
        return cl;
    }

    /** Expected failures (bad input, missing files) get one clear line on stderr and exit 1; no stack trace. */
    private static int handleFailure(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (ex instanceof UserFacingException || ex instanceof IllegalArgumentException
                || ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException) {
            err.println("credpath " + cl.getCommandName() + ": " + ex.getMessage());
            err.flush();
            return 1;
        }
        err.println("credpath " + cl.getCommandName() + ": internal error: " + ex);
        ex.printStackTrace(err);
        err.flush();
        return 70;
    }

    public static void main(String[] args) {
        System.exit(create().execute(args));
    }
}

package org.credpath.api;

import org.credpath.api.bench.BenchHttpCommand;
import org.credpath.engine.cli.Cli;

import picocli.CommandLine;

/** The application entry point: the engine's CLI (with {@code recommend}) plus {@code serve}, {@code export-events} and {@code bench http}. */
public final class Main {
    private Main() {
    }

    public static CommandLine commandLine() {
        CommandLine cl = Cli.create();
        cl.addSubcommand("serve", new ServeCommand());
        cl.addSubcommand("export-events", new ExportEventsCommand());
        cl.getSubcommands().get("bench").addSubcommand("http", new BenchHttpCommand());
        return cl;
    }

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        if (code != 0 || !ServeCommand.serving()) {
            System.exit(code);
        }
    }
}

package org.credpath.api;

import org.credpath.engine.cli.Cli;

import picocli.CommandLine;

/** The application entry point: the engine's CLI plus {@code serve}. */
public final class Main {
    private Main() {
    }

    public static CommandLine commandLine() {
        CommandLine cl = Cli.create();
        cl.addSubcommand("serve", new ServeCommand());
        cl.addSubcommand("export-events", new ExportEventsCommand());
        return cl;
    }

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        if (code != 0 || !ServeCommand.serving()) {
            System.exit(code);
        }
    }
}

package org.credpath.api;

import org.credpath.api.bench.BenchHttpCommand;
import org.credpath.api.bench.BenchSoakCommand;
import org.credpath.engine.cli.Cli;

import picocli.CommandLine;

/** The application entry point: the engine's CLI (with {@code recommend}) plus {@code serve}, {@code export-events}, {@code keys} and {@code bench http|soak}. */
public final class Main {
    private Main() {
    }

    public static CommandLine commandLine() {
        CommandLine cl = Cli.create();
        cl.addSubcommand("serve", new ServeCommand());
        cl.addSubcommand("export-events", new ExportEventsCommand());
        cl.addSubcommand("keys", new KeysCommand());
        cl.getSubcommands().get("bench").addSubcommand("http", new BenchHttpCommand());
        cl.getSubcommands().get("bench").addSubcommand("soak", new BenchSoakCommand());
        return cl;
    }

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        if (code != 0 || !ServeCommand.serving()) {
            System.exit(code);
        }
    }
}

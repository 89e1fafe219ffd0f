package org.credpath.engine.cli;

import picocli.CommandLine.Command;

/** {@code credpath data ...}: inspect the shipped data. */
@Command(name = "data", description = "Inspect the shipped data.",
        mixinStandardHelpOptions = true, subcommands = {DataCheckCommand.class, DataWagesCommand.class})
public final class DataCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

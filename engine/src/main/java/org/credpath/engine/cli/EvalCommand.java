package org.credpath.engine.cli;

import picocli.CommandLine.Command;

/** {@code credpath eval ...}: quality measurements on the shipped data. */
@Command(name = "eval", description = "Measure quality on the shipped data.",
        mixinStandardHelpOptions = true, subcommands = {EvalTitlesCommand.class})
public final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

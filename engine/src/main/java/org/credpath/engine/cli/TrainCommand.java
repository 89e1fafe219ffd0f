package org.credpath.engine.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code credpath train}: parent of the training subcommands; each writes {@code models/<id>/}. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train a model; writes models/<id>/ with provenance.",
        subcommands = {TrainRankerCommand.class})
public final class TrainCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}

package org.credpath.engine.cli;

import picocli.CommandLine.Command;

/** {@code credpath train ...}: trains the models under {@code models/}. */
@Command(name = "train", description = "Train a model under models/ (with provenance and metrics).",
        mixinStandardHelpOptions = true, subcommands = {TrainEmbeddingsCommand.class, TrainCompletionCommand.class,
                TrainSkillPremiumCommand.class, TrainRankerCommand.class, TrainStaticEncoderCommand.class,
                TrainJudgedRankerCommand.class})
public final class TrainCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

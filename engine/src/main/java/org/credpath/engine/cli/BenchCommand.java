package org.credpath.engine.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code credpath bench}: latency and throughput figures. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure latency and throughput.",
        subcommands = {BenchRankerCommand.class})
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}

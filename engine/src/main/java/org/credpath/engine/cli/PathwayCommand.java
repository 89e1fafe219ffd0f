package org.credpath.engine.cli;

import picocli.CommandLine.Command;

/** {@code credpath pathway ...}: pathways in the formats of the credential world. */
@Command(name = "pathway", description = "Export a planned pathway as CTDL JSON-LD, a printable HTML page or an iCalendar study plan.",
        mixinStandardHelpOptions = true, subcommands = {PathwayExportCommand.class})
public final class PathwayCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

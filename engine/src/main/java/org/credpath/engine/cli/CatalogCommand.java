package org.credpath.engine.cli;

import picocli.CommandLine.Command;

/** {@code credpath catalog ...}: export the bundled catalogue, validate exchange files. */
@Command(name = "catalog", description = "Export the bundled catalogue; validate credential, learner or event files; import CTDL or CSV.",
        mixinStandardHelpOptions = true, subcommands = {CatalogExportCommand.class, CatalogValidateCommand.class, CatalogImportCommand.class})
public final class CatalogCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

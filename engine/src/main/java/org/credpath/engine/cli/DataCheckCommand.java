package org.credpath.engine.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code credpath data check}: loads everything, prints counts and join coverage. */
@Command(name = "check", description = "Load all shipped data; print counts and join coverage.",
        mixinStandardHelpOptions = true)
public final class DataCheckCommand implements Callable<Integer> {

    @Option(names = "--json", description = "One JSON document on stdout.")
    boolean json;

    @Override
    public Integer call() {
        throw new UserFacingException("data check is not implemented yet");
    }
}

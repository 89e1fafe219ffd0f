package org.credpath.engine.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.credpath.engine.learner.Learner;
import org.credpath.engine.learner.LearnerReader;

/** Files named on the command line, read or checked once for every command, with errors that name the file. */
final class CliInputs {

    private CliInputs() {
    }

    /** The one learner profile in {@code file}; a missing or bad file is a {@link UserFacingException}. */
    static Learner learner(Path file) {
        try {
            return LearnerReader.readOne(file);
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException(file + ": " + (e instanceof NoSuchFileException ? "no such file"
                    : e.getMessage()));
        }
    }

    /** {@code out} named as a JSON lines file ({@code .jsonl} or {@code .jsonl.gz}), else a {@link UserFacingException}. */
    static void requireJsonLinesName(String option, Path out) {
        String name = out.getFileName().toString();
        if (!name.endsWith(".jsonl") && !name.endsWith(".jsonl.gz")) {
            throw new UserFacingException(option + ": expected a .jsonl or .jsonl.gz file name, got " + out);
        }
    }
}

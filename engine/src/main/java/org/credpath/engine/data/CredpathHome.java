package org.credpath.engine.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where Credpath finds its shipped data ({@code datasets/}) and models ({@code models/}).
 *
 * <p>Resolution order: the {@code credpath.home} system property (the launcher sets it), the
 * {@code CREDPATH_HOME} environment variable, then the working directory and its parents, the
 * first one that holds a {@code datasets/} folder.
 */
public record CredpathHome(Path root) {

    public CredpathHome {
        Objects.requireNonNull(root, "root");
        root = root.toAbsolutePath().normalize();
    }

    public Path datasets() {
        return root.resolve("datasets");
    }

    public Path models() {
        return root.resolve("models");
    }

    /** Where things built at start are kept between runs ({@code var/cache}; safe to delete). */
    public Path cache() {
        return root.resolve("var").resolve("cache");
    }

    /** A file under {@code datasets/}, e.g. {@code dataset("esco", "occupations_en.csv.gz")}. */
    public Path dataset(String folder, String file) {
        return datasets().resolve(folder).resolve(file);
    }

    public static CredpathHome locate() {
        String prop = System.getProperty("credpath.home");
        if (prop != null && !prop.isBlank()) {
            return new CredpathHome(Path.of(prop));
        }
        String env = System.getenv("CREDPATH_HOME");
        if (env != null && !env.isBlank()) {
            return new CredpathHome(Path.of(env));
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("datasets"))) {
                return new CredpathHome(p);
            }
        }
        throw new IllegalStateException(
                "cannot find Credpath's datasets/ folder: run from the repository, or set CREDPATH_HOME"
                        + " (or -Dcredpath.home) to the folder that holds datasets/ and models/");
    }
}

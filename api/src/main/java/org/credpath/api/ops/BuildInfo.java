package org.credpath.api.ops;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * What this build is: the Maven project version, written into {@code org/credpath/api/build.properties}
 * by resource filtering at build time (so it is right in tests and in the jar alike).
 */
public final class BuildInfo {
    private static final String VERSION = load();

    private BuildInfo() {
    }

    /** The project version of this build, e.g. {@code 0.1.0-SNAPSHOT}; "unknown" when the resource is missing or unfiltered. */
    public static String version() {
        return VERSION;
    }

    private static String load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/org/credpath/api/build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        String v = p.getProperty("version", "");
        return v.isBlank() || v.startsWith("${") ? "unknown" : v;
    }
}

package org.credpath.engine.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.credpath.engine.data.DataFiles;

/**
 * Shipped data files checked against {@code datasets/SHA256SUMS} (sha256sum format, paths relative
 * to {@code datasets/}).
 *
 * @param ok         files whose checksum matches
 * @param mismatched files whose checksum differs
 * @param missing    files listed but absent
 */
public record ChecksumReport(int ok, List<String> mismatched, List<String> missing) {

    public ChecksumReport {
        mismatched = List.copyOf(mismatched);
        missing = List.copyOf(missing);
    }

    public boolean allOk() {
        return mismatched.isEmpty() && missing.isEmpty();
    }

    static ChecksumReport verify(Path datasets) throws IOException {
        Path sums = datasets.resolve("SHA256SUMS");
        if (!Files.exists(sums)) {
            return new ChecksumReport(0, List.of(), List.of("SHA256SUMS"));
        }
        int ok = 0;
        List<String> bad = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String line : Files.readAllLines(sums)) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.trim().split("\\s+\\*?", 2);
            if (parts.length != 2) {
                throw new IOException("SHA256SUMS: malformed line: " + line);
            }
            Path file = datasets.resolve(parts[1]);
            if (!Files.exists(file)) {
                missing.add(parts[1]);
            } else if (DataFiles.sha256(file).equals(parts[0])) {
                ok++;
            } else {
                bad.add(parts[1]);
            }
        }
        return new ChecksumReport(ok, bad, missing);
    }
}

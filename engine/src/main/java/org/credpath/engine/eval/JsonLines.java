package org.credpath.engine.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.credpath.engine.catalog.ExchangeJson;
import org.credpath.engine.cli.UserFacingException;
import org.credpath.engine.data.DataFiles;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSONL file of exchange records (credentials, learners, events). Unknown extra fields
 * are ignored (DESIGN.md: files are lenient); a malformed line fails with its file and line number.
 */
public final class JsonLines {

    private static final JsonMapper LENIENT = ExchangeJson.mapper().rebuild()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private JsonLines() {
    }

    public static <T> List<T> read(Path file, Class<T> type) {
        List<T> out = new ArrayList<>();
        try (BufferedReader r = DataFiles.reader(file)) {
            String line;
            long n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(LENIENT.readValue(line, type));
                } catch (JacksonException | IllegalArgumentException e) {
                    throw new UserFacingException(file + ":" + n + ": not a valid " + type.getSimpleName() + ": "
                            + firstLine(e));
                }
            }
        } catch (IOException e) {
            throw new UserFacingException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static String firstLine(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() instanceof IllegalArgumentException) {
            t = t.getCause();
        }
        String m = String.valueOf(t.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}

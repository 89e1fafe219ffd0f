package org.credpath.engine.recommend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

import org.credpath.engine.data.CredpathHome;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads serving models: a built-in one by name ({@value GapCoverageModel#ID}), or a model folder
 * ({@code models/<id>/}, absolute or relative to the Credpath home) whose {@code provenance.json}
 * names its kind in {@code model}. Every failure is an {@link IllegalArgumentException} naming the
 * source and the problem.
 */
public final class ServingModels {

    /** Loads one kind of model folder: (folder, its provenance) to a model. */
    public interface FolderLoader extends BiFunction<Path, JsonNode, ServingModel> {
    }

    private final CredpathHome home;
    private final JsonMapper json;
    private final Map<String, FolderLoader> kinds;

    /** @param kinds loaders by the provenance's {@code model} value */
    public ServingModels(CredpathHome home, JsonMapper json, Map<String, FolderLoader> kinds) {
        this.home = Objects.requireNonNull(home, "home");
        this.json = Objects.requireNonNull(json, "json");
        this.kinds = Map.copyOf(kinds);
    }

    public ServingModel load(String source) {
        if (GapCoverageModel.ID.equals(source)) {
            return new GapCoverageModel(json);
        }
        Path dir = Path.of(source);
        if (!dir.isAbsolute()) {
            dir = home.root().resolve(dir);
        }
        Path prov = dir.resolve("provenance.json");
        if (!Files.isRegularFile(prov)) {
            throw new IllegalArgumentException("model " + source + ": no provenance.json in " + dir.getFileName()
                    + " (give a folder under models/ or the built-in '" + GapCoverageModel.ID + "')");
        }
        JsonNode p;
        try {
            p = json.readTree(Files.readString(prov));
        } catch (IOException e) {
            throw new UncheckedIOException("model " + source + ": cannot read provenance.json", e);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("model " + source + ": provenance.json is not valid JSON: "
                    + e.getOriginalMessage(), e);
        }
        String kind = p.path("model").asString("");
        FolderLoader loader = kinds.get(kind);
        if (loader == null) {
            throw new IllegalArgumentException("model " + source + ": kind '" + kind
                    + "' (provenance.json 'model') is not servable here; servable: " + kinds.keySet());
        }
        return loader.apply(dir, p);
    }

    /** Reads {@code metrics.json} beside a model, or null when absent. */
    public static JsonNode metrics(JsonMapper json, Path dir) {
        Path m = dir.resolve("metrics.json");
        try {
            return Files.isRegularFile(m) ? json.readTree(Files.readString(m)) : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + m, e);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(m.getFileName() + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}

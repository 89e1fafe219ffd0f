package org.credpath.engine.recommend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.credpath.engine.data.CredpathHome;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads serving models: a built-in one by name ({@value GapCoverageModel#ID}), or a model folder
 * ({@code models/<id>/}, absolute or relative to the Credpath home) whose {@code provenance.json}
 * names its kind in {@code model}, or {@code prior+learned[@weight]} ({@link ResidualModel}). Every failure is an {@link IllegalArgumentException} naming the
 * source and the problem.
 */
public final class ServingModels {

    /** Loads one kind of model folder: (folder, its provenance) to a model. */
    public interface FolderLoader extends BiFunction<Path, JsonNode, ServingModel> {
    }

    private final CredpathHome home;
    private final JsonMapper json;
    private final Map<String, FolderLoader> kinds;
    private final Map<String, Function<String, ServingModel>> builtIns;

    /** @param kinds loaders by the provenance's {@code model} value */
    public ServingModels(CredpathHome home, JsonMapper json, Map<String, FolderLoader> kinds) {
        this(home, json, kinds, Map.of());
    }

    /**
     * @param kinds    loaders by the provenance's {@code model} value
     * @param builtIns untrained models by name, beside {@value GapCoverageModel#ID}; each gets the text after
     *                 {@code name@} as its parameters (null when none)
     */
    public ServingModels(CredpathHome home, JsonMapper json, Map<String, FolderLoader> kinds,
            Map<String, Function<String, ServingModel>> builtIns) {
        this.home = Objects.requireNonNull(home, "home");
        this.json = Objects.requireNonNull(json, "json");
        this.kinds = Map.copyOf(kinds);
        this.builtIns = Map.copyOf(builtIns);
    }

    public ServingModel load(String source) {
        int plus = source.indexOf('+');
        if (plus > 0) {
            return residual(source, source.substring(0, plus), source.substring(plus + 1));
        }
        if (GapCoverageModel.ID.equals(source)) {
            return new GapCoverageModel(json);
        }
        int at = source.indexOf('@');
        String name = at > 0 ? source.substring(0, at) : source;
        if (builtIns.containsKey(name)) {
            return builtIns.get(name).apply(at > 0 ? source.substring(at + 1) : null);
        }
        Path dir = Path.of(source);
        if (!dir.isAbsolute()) {
            dir = home.root().resolve(dir);
        }
        Path prov = dir.resolve("provenance.json");
        if (!Files.isRegularFile(prov)) {
            throw new IllegalArgumentException("model " + source + ": no provenance.json in " + dir.getFileName()
                    + " (give a folder under models/ or a built-in: '" + GapCoverageModel.ID + "'"
                    + builtIns.keySet().stream().sorted().map(n -> ", '" + n + "'").reduce("", String::concat) + ")");
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

    /** {@code prior+learned[@weight]}: the learned model as a standardised correction on the prior ({@link ResidualModel}). */
    private ServingModel residual(String source, String prior, String learned) {
        double weight = ResidualModel.DEFAULT_WEIGHT;
        int at = learned.lastIndexOf('@');
        if (at > 0) {
            try {
                weight = Double.parseDouble(learned.substring(at + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("model " + source + ": the weight after '@' must be a number, got '"
                        + learned.substring(at + 1) + "'");
            }
            learned = learned.substring(0, at);
        }
        try {
            return ResidualModel.of(load(prior), load(learned), weight);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("model " + source + " (prior+learned[@weight]): " + e.getMessage(), e);
        }
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

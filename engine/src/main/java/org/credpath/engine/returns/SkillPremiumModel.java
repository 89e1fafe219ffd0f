package org.credpath.engine.returns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.json.JsonMapper;

/**
 * The labour-market premium of skills: ridge coefficients of log median annual wage on
 * occupations' essential skills. {@link #premium(String)} is the change in log wage associated
 * with a skill (0 for skills outside the model); a credential's value with no target occupation
 * is the premium of the new skills it teaches.
 */
public record SkillPremiumModel(double intercept, Map<String, Double> coefficients) {

    public static final String ID = "skill-premium";
    public static final String FILE = "coefficients.json";

    public SkillPremiumModel {
        coefficients = Map.copyOf(new TreeMap<>(coefficients));
    }

    public double premium(String skillUri) {
        return coefficients.getOrDefault(skillUri, 0.0);
    }

    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(dir.resolve(FILE).toFile(),
                new SkillPremiumModel(intercept, new TreeMap<>(coefficients)));
    }

    public static SkillPremiumModel load(Path dir) {
        return JsonMapper.builder().build().readValue(dir.resolve(FILE).toFile(), SkillPremiumModel.class);
    }
}

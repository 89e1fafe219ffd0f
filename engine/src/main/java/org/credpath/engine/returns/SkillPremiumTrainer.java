package org.credpath.engine.returns;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.ValueVector;
import smile.regression.LinearModel;
import smile.regression.RidgeRegression;

/** Fits {@link SkillPremiumModel} by Smile ridge regression, with a seeded hold-out of occupations. */
public final class SkillPremiumTrainer {

    /** An occupation's essential skills and median annual wage (real data: ESCO + OEWS). */
    public record OccupationWage(String uri, Set<String> skills, double medianWage) {
        public OccupationWage {
            if (!(medianWage > 0)) {
                throw new IllegalArgumentException("medianWage: must be > 0, got " + medianWage + " (" + uri + ")");
            }
            skills = Set.copyOf(skills);
        }
    }

    /**
     * @param minOccupations a skill enters the model when at least this many occupations list it as essential
     * @param lambda         ridge penalty
     */
    public record Options(int minOccupations, double lambda, double testFraction, long seed) {
        public Options {
            if (minOccupations < 2 || !(lambda > 0) || !(testFraction > 0 && testFraction < 1)) {
                throw new IllegalArgumentException("minOccupations >= 2, lambda > 0, testFraction in (0, 1); got "
                        + minOccupations + ", " + lambda + ", " + testFraction);
            }
        }

        public static Options defaults() {
            return new Options(15, 500.0, 0.2, 42);
        }
    }

    /** The fitted model and held-out R^2 (against predicting the training mean). */
    public record Result(SkillPremiumModel model, int features, int trainOccupations, int testOccupations,
                         double testR2, double trainR2) {
    }

    private SkillPremiumTrainer() {
    }

    public static Result train(List<OccupationWage> rows, Options o) {
        List<OccupationWage> shuffled = new ArrayList<>(rows);
        shuffled.sort(java.util.Comparator.comparing(OccupationWage::uri));
        Collections.shuffle(shuffled, new Random(o.seed()));
        int nTest = (int) Math.round(shuffled.size() * o.testFraction());
        List<OccupationWage> test = shuffled.subList(0, nTest);
        List<OccupationWage> train = shuffled.subList(nTest, shuffled.size());
        List<String> skills = frequentSkills(train, o.minOccupations());
        LinearModel m = RidgeRegression.fit(Formula.lhs("y"), frame(train, skills, true), o.lambda());
        double[] beta = m.coefficients().toArray(new double[0]);
        Map<String, Double> coef = new TreeMap<>();
        for (int j = 0; j < skills.size(); j++) {
            coef.put(skills.get(j), beta[j]);
        }
        SkillPremiumModel model = new SkillPremiumModel(m.intercept(), coef);
        double mean = train.stream().mapToDouble(r -> Math.log(r.medianWage())).average().orElse(0);
        return new Result(model, skills.size(), train.size(), test.size(), r2(model, test, mean), r2(model, train, mean));
    }

    static double r2(SkillPremiumModel m, List<OccupationWage> rows, double mean) {
        double ssRes = 0;
        double ssTot = 0;
        for (OccupationWage r : rows) {
            double pred = m.intercept() + r.skills().stream().mapToDouble(m::premium).sum();
            double y = Math.log(r.medianWage());
            ssRes += (y - pred) * (y - pred);
            ssTot += (y - mean) * (y - mean);
        }
        return ssTot == 0 ? 0 : 1 - ssRes / ssTot;
    }

    private static List<String> frequentSkills(List<OccupationWage> rows, int min) {
        Map<String, Integer> n = new HashMap<>();
        rows.forEach(r -> r.skills().forEach(s -> n.merge(s, 1, Integer::sum)));
        return n.entrySet().stream().filter(e -> e.getValue() >= min).map(Map.Entry::getKey).sorted().toList();
    }

    private static DataFrame frame(List<OccupationWage> rows, List<String> skills, boolean withY) {
        double[][] x = new double[rows.size()][skills.size()];
        Map<String, Integer> col = new HashMap<>();
        for (int j = 0; j < skills.size(); j++) {
            col.put(skills.get(j), j);
        }
        double[] y = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (String s : rows.get(i).skills()) {
                Integer j = col.get(s);
                if (j != null) {
                    x[i][j] = 1;
                }
            }
            y[i] = Math.log(rows.get(i).medianWage());
        }
        String[] names = new String[skills.size()];
        for (int j = 0; j < names.length; j++) {
            names[j] = "s" + j;
        }
        DataFrame df = DataFrame.of(x, names);
        return withY ? df.add(ValueVector.of("y", y)) : df;
    }
}

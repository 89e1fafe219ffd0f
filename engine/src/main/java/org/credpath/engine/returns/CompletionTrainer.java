package org.credpath.engine.returns;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import smile.classification.LogisticRegression;

/**
 * Trains the completion model on OULAD and measures it, on the same held-out students, against
 * the baseline (logistic regression on every studentInfo column), the first shipped model and
 * a reference model that also sees protected attributes (never shipped).
 *
 * <p>Students are split three ways, each student's rows all on one side: test (held out, only
 * measured), validation (model choice and calibration) and fit (everything else).
 */
public final class CompletionTrainer {

    /**
     * Training options.
     *
     * @param seed               seeds the student splits and the models
     * @param testFraction       share of all students held out for the final figures
     * @param validationFraction share of the remaining students used to choose the model and to
     *                           fit its calibration
     */
    public record Options(long seed, double testFraction, double validationFraction) {
        public Options {
            if (!(testFraction > 0 && testFraction < 1)) {
                throw new IllegalArgumentException("testFraction: must be in (0, 1), got " + testFraction);
            }
            if (!(validationFraction > 0 && validationFraction < 1)) {
                throw new IllegalArgumentException("validationFraction: must be in (0, 1), got " + validationFraction);
            }
        }

        public static Options defaults() {
            return new Options(42, 0.2, 0.25);
        }
    }

    /** One candidate's validation figures (the basis of the model choice). */
    public record CandidateScore(String candidate, double validationAuc, double validationBrier) {
    }

    /** The shipped model and its figures; all {@link HeldOutFigures} are on the same test students. */
    public record Result(TrainedCompletionModel model, String chosen, List<CandidateScore> candidates,
                         HeldOutFigures baseline, HeldOutFigures previous, HeldOutFigures uncalibrated,
                         HeldOutFigures fitOnlyCalibrated, HeldOutFigures shipped, HeldOutFigures protectedReference,
                         HeldOutFigures sameFeatureLogistic, int fitRows,
                         int validationRows, int testRows, int testStudents, double testCompletionRate) {
    }

    private CompletionTrainer() {
    }

    public static Result train(List<OuladEnrolment> rows, OuladModules modules, Options o, PrintStream progress) {
        return train(rows, modules, o, CompletionCandidates.all(), progress);
    }

    static Result train(List<OuladEnrolment> rows, OuladModules modules, Options o,
                        List<CompletionCandidates.Candidate> candidates, PrintStream progress) {
        Set<Long> test = heldOutStudents(rows, o.seed(), o.testFraction());
        List<OuladEnrolment> training = rows.stream().filter(e -> !test.contains(e.studentId())).toList();
        Set<Long> validation = heldOutStudents(training, o.seed() + 1, o.validationFraction());
        Predicate<OuladEnrolment> isTest = e -> test.contains(e.studentId());
        Predicate<OuladEnrolment> isVal = e -> validation.contains(e.studentId());
        Predicate<OuladEnrolment> isFit = isTest.negate().and(isVal.negate());

        progress.println("train completion: baseline and first shipped model on all training students");
        HeldOutFigures baseline = baseline(rows, isTest);
        HeldOutFigures previous = previous(rows, training, isTest, o.seed());

        Map<String, Double> rates = OuladFeatures.moduleRates(rows.stream().filter(isFit).toList(), 20);
        List<double[]> x = OuladFeatures.of(rows, rates, modules).stream().map(CompletionFeatures::toArray).toList();
        FeatureRows fit = FeatureRows.select(rows, x, isFit);
        FeatureRows val = FeatureRows.select(rows, x, isVal);
        FeatureRows tst = FeatureRows.select(rows, x, isTest);
        Choice choice = choose(candidates, fit, val, o.seed(), progress);
        TrainedCompletionModel fitOnly = choice.model().calibrated(val.x(), val.y());
        progress.println("train completion: chose " + choice.candidate().name() + "; refit on all training students");
        TrainedCompletionModel shipped = refit(rows, training, modules, choice.candidate(), isTest, o.seed())
                .withCalibrationOf(fitOnly);
        FeatureRows tstAll = FeatureRows.select(rows, features(rows, training, modules), isTest);
        progress.println("train completion: protected-attribute reference");
        HeldOutFigures reference = reference(rows, x, choice.candidate(), isFit, isVal, isTest, o.seed());
        String name = choice.candidate().name();
        return new Result(shipped, name, choice.scores(), baseline, previous,
                HeldOutFigures.of("chosen, fit students only, uncalibrated", tst.y(), predict(choice.model(), tst.x())),
                HeldOutFigures.of("chosen, fit students only, + Platt scaling", tst.y(), predict(fitOnly, tst.x())),
                HeldOutFigures.of("shipped: " + name + ", refit on all training students, + Platt scaling",
                        tstAll.y(), predict(shipped, tstAll.x())),
                reference, HeldOutFigures.of("same-feature baseline: logistic(lambda=10) on the shipped features, refit on"
                        + " all training students", tstAll.y(), predict(refit(rows, training, modules,
                        CompletionCandidates.logistic(10), isTest, o.seed()), tstAll.x())),
                fit.y().length, val.y().length, tst.y().length, test.size(),
                java.util.Arrays.stream(tst.y()).average().orElse(0));
    }

    /** The chosen candidate, fitted on the fit students, and every candidate's validation figures. */
    private record Choice(CompletionCandidates.Candidate candidate, TrainedCompletionModel model,
                          List<CandidateScore> scores) {
    }

    private static Choice choose(List<CompletionCandidates.Candidate> candidates, FeatureRows fit, FeatureRows val,
                                 long seed, PrintStream progress) {
        String[] names = CompletionFeatures.NAMES.toArray(String[]::new);
        List<CandidateScore> scores = new ArrayList<>();
        Choice best = null;
        double bestAuc = -1;
        for (CompletionCandidates.Candidate c : candidates) {
            progress.println("train completion: candidate " + c.name());
            TrainedCompletionModel m = new TrainedCompletionModel(c.fitter().fit(fit.x(), fit.y(), names, seed),
                    names.length, null);
            HeldOutFigures v = HeldOutFigures.of(c.name(), val.y(), predict(m, val.x()));
            scores.add(new CandidateScore(c.name(), v.auc(), v.brier()));
            if (v.auc() > bestAuc) {
                bestAuc = v.auc();
                best = new Choice(c, m, null);
            }
        }
        return new Choice(best.candidate(), best.model(), List.copyOf(scores));
    }

    /** Feature rows for every enrolment with completion rates measured on {@code training} only. */
    private static List<double[]> features(List<OuladEnrolment> rows, List<OuladEnrolment> training,
                                           OuladModules modules) {
        Map<String, Double> rates = OuladFeatures.moduleRates(training, 20);
        return OuladFeatures.of(rows, rates, modules).stream().map(CompletionFeatures::toArray).toList();
    }

    /** The chosen candidate fitted again on every training student (fit + validation), uncalibrated. */
    private static TrainedCompletionModel refit(List<OuladEnrolment> rows, List<OuladEnrolment> training,
                                                OuladModules modules, CompletionCandidates.Candidate c,
                                                Predicate<OuladEnrolment> isTest, long seed) {
        FeatureRows all = FeatureRows.select(rows, features(rows, training, modules), isTest.negate());
        String[] names = CompletionFeatures.NAMES.toArray(String[]::new);
        return new TrainedCompletionModel(c.fitter().fit(all.x(), all.y(), names, seed), names.length, null);
    }

    /** The baseline: logistic regression on every studentInfo column, fitted on all training students. */
    private static HeldOutFigures baseline(List<OuladEnrolment> rows, Predicate<OuladEnrolment> isTest) {
        BaselineEncoder enc = new BaselineEncoder(rows);
        List<double[]> x = rows.stream().map(enc::encode).toList();
        FeatureRows tr = FeatureRows.select(rows, x, isTest.negate());
        FeatureRows te = FeatureRows.select(rows, x, isTest);
        LogisticRegression lr = LogisticRegression.fit(tr.x(), tr.y(), new LogisticRegression.Options(0.1, 1e-5, 500));
        double[] p = new double[te.x().length];
        for (int i = 0; i < p.length; i++) {
            double[] post = new double[2];
            lr.predict(te.x()[i], post);
            p[i] = post[1];
        }
        return HeldOutFigures.of("baseline: logistic regression, all studentInfo columns", te.y(), p);
    }

    /** The first shipped model, retrained as it was: 8 columns, rates from all training students, no calibration. */
    private static HeldOutFigures previous(List<OuladEnrolment> rows, List<OuladEnrolment> training,
                                           Predicate<OuladEnrolment> isTest, long seed) {
        Map<String, Double> rates = OuladFeatures.moduleRates(training, 20);
        int cols = CompletionFeatures.LEARNER_AND_RATE_COLUMNS;
        List<double[]> x = OuladFeatures.of(rows, rates).stream()
                .map(f -> java.util.Arrays.copyOf(f.toArray(), cols)).toList();
        FeatureRows tr = FeatureRows.select(rows, x, isTest.negate());
        FeatureRows te = FeatureRows.select(rows, x, isTest);
        String[] names = CompletionFeatures.NAMES.subList(0, cols).toArray(String[]::new);
        TrainedCompletionModel m = new TrainedCompletionModel(
                CompletionCandidates.PREVIOUS.fitter().fit(tr.x(), tr.y(), names, seed), cols, null);
        return HeldOutFigures.of("previous shipped: " + CompletionCandidates.PREVIOUS.name() + ", 8 columns",
                te.y(), predict(m, te.x()));
    }

    /** The chosen family with gender, disability and deprivation band added: a reference line, never shipped. */
    private static HeldOutFigures reference(List<OuladEnrolment> rows, List<double[]> x, CompletionCandidates.Candidate c,
                                            Predicate<OuladEnrolment> isFit, Predicate<OuladEnrolment> isVal,
                                            Predicate<OuladEnrolment> isTest, long seed) {
        List<double[]> wide = new ArrayList<>(x.size());
        for (int i = 0; i < x.size(); i++) {
            OuladEnrolment e = rows.get(i);
            double[] w = java.util.Arrays.copyOf(x.get(i), x.get(i).length + 4);
            w[w.length - 4] = e.female() ? 1 : 0;
            w[w.length - 3] = e.disability() ? 1 : 0;
            w[w.length - 2] = e.imdDecile() < 0 ? 0 : e.imdDecile() / 10.0;
            w[w.length - 1] = e.imdDecile() < 0 ? 1 : 0;
            wide.add(w);
        }
        List<String> names = new ArrayList<>(CompletionFeatures.NAMES);
        names.addAll(List.of("female", "disability", "imdBand", "imdMissing"));
        FeatureRows fit = FeatureRows.select(rows, wide, isFit);
        FeatureRows val = FeatureRows.select(rows, wide, isVal);
        FeatureRows tst = FeatureRows.select(rows, wide, isTest);
        TrainedCompletionModel m = new TrainedCompletionModel(
                c.fitter().fit(fit.x(), fit.y(), names.toArray(String[]::new), seed), names.size(), null)
                .calibrated(val.x(), val.y());
        return HeldOutFigures.of("reference (not shipped): chosen model + gender, disability, deprivation band",
                tst.y(), predict(m, tst.x()));
    }

    static double[] predict(TrainedCompletionModel m, double[][] x) {
        double[] p = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            p[i] = m.probability(x[i]);
        }
        return p;
    }

    /** A seeded, order-independent choice of students to hold out. */
    static Set<Long> heldOutStudents(List<OuladEnrolment> rows, long seed, double fraction) {
        List<Long> ids = new ArrayList<>(new TreeSet<>(rows.stream().map(OuladEnrolment::studentId).toList()));
        java.util.Collections.shuffle(ids, new Random(seed));
        return new HashSet<>(ids.subList(0, (int) Math.round(ids.size() * fraction)));
    }

    /** Feature rows and outcomes of the enrolments a predicate selects. */
    record FeatureRows(double[][] x, int[] y) {
        static FeatureRows select(List<OuladEnrolment> rows, List<double[]> x, Predicate<OuladEnrolment> keep) {
            List<double[]> xs = new ArrayList<>();
            List<Integer> ys = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (keep.test(rows.get(i))) {
                    xs.add(x.get(i));
                    ys.add(rows.get(i).outcome().completed() ? 1 : 0);
                }
            }
            return new FeatureRows(xs.toArray(double[][]::new), ys.stream().mapToInt(Integer::intValue).toArray());
        }
    }
}

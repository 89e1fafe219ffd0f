package org.credpath.engine.returns;

import java.io.Serial;
import java.util.Arrays;
import java.util.List;

import smile.classification.DataFrameClassifier;
import smile.classification.GradientTreeBoost;
import smile.classification.RandomForest;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.data.type.StructType;
import smile.data.vector.ValueVector;

/** A Smile tree ensemble (gradient boosting or random forest) over named numeric columns. */
final class TreeScorer implements CompletionScorer {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String LABEL = "completed";

    private final DataFrameClassifier model;
    private final String[] columns;
    private transient StructType schema;

    private TreeScorer(DataFrameClassifier model, String[] columns) {
        this.model = model;
        this.columns = columns.clone();
    }

    static TreeScorer boosting(double[][] x, int[] y, String[] columns, GradientTreeBoost.Options o) {
        return new TreeScorer(GradientTreeBoost.fit(Formula.lhs(LABEL), frame(x, y, columns), o), columns);
    }

    static TreeScorer forest(double[][] x, int[] y, String[] columns, RandomForest.Options o) {
        return new TreeScorer(RandomForest.fit(Formula.lhs(LABEL), frame(x, y, columns), o), columns);
    }

    private static DataFrame frame(double[][] x, int[] y, String[] columns) {
        return DataFrame.of(x, columns).add(ValueVector.of(LABEL, y));
    }

    @Override
    public double score(double[] x) {
        if (schema == null) {
            schema = DataFrame.of(new double[1][columns.length], columns).schema();
        }
        double[] posterior = new double[2];
        model.predict(Tuple.of(schema, x), posterior);
        return posterior[1];
    }

    @Override
    public List<Double> importance() {
        double[] imp = model instanceof GradientTreeBoost g ? g.importance()
                : model instanceof RandomForest f ? f.importance() : new double[0];
        return Arrays.stream(imp).boxed().toList();
    }
}

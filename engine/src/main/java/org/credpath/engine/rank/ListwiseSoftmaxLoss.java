package org.credpath.engine.rank;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * Listwise softmax cross-entropy (ListNet top-1) for DL4J. A minibatch is a stack of lists of
 * {@code listSize} rows each; labels are non-negative gains (relevance times inverse propensity),
 * padded rows carry a label-mask of 0. For one list with gains y and scores s the loss is
 * {@code -sum_i y_i log softmax(s)_i}, whose gradient is {@code (sum_j y_j) softmax(s)_i - y_i}.
 */
public final class ListwiseSoftmaxLoss implements ILossFunction {

    private static final long serialVersionUID = 1L;
    private int listSize;

    /** For deserialisation. */
    public ListwiseSoftmaxLoss() {
        this(10);
    }

    public ListwiseSoftmaxLoss(int listSize) {
        if (listSize < 2) {
            throw new IllegalArgumentException("listwise loss needs lists of >= 2 rows, got " + listSize);
        }
        this.listSize = listSize;
    }

    public int getListSize() {
        return listSize;
    }

    public void setListSize(int listSize) {
        this.listSize = listSize;
    }

    @Override
    public double computeScore(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask,
            boolean average) {
        double sum = computeScoreArray(labels, preOutput, activationFn, mask).sumNumber().doubleValue();
        return average ? sum / Math.max(1, preOutput.size(0) / listSize) : sum;
    }

    @Override
    public INDArray computeScoreArray(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        double[] s = activationFn.getActivation(preOutput.dup(), false).toDoubleVector();
        double[] y = labels.toDoubleVector();
        double[] m = mask == null ? null : mask.toDoubleVector();
        double[] perRow = new double[s.length];
        for (int start = 0; start < s.length; start += listSize) {
            double[] p = softmax(s, m, start);
            for (int i = start; i < Math.min(start + listSize, s.length); i++) {
                if (y[i] > 0 && p[i - start] > 0) {
                    perRow[i] = -y[i] * Math.log(p[i - start]);
                }
            }
        }
        return Nd4j.createFromArray(perRow).reshape(s.length, 1).castTo(preOutput.dataType());
    }

    @Override
    public INDArray computeGradient(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        INDArray out = activationFn.getActivation(preOutput.dup(), true);
        double[] s = out.toDoubleVector();
        double[] y = labels.toDoubleVector();
        double[] m = mask == null ? null : mask.toDoubleVector();
        double[] grad = new double[s.length];
        for (int start = 0; start < s.length; start += listSize) {
            int end = Math.min(start + listSize, s.length);
            double total = 0;
            for (int i = start; i < end; i++) {
                total += y[i];
            }
            double[] p = softmax(s, m, start);
            for (int i = start; i < end; i++) {
                grad[i] = total * p[i - start] - y[i];
            }
        }
        INDArray dLdOut = Nd4j.createFromArray(grad).reshape(s.length, 1).castTo(preOutput.dataType());
        return activationFn.backprop(preOutput.dup(), dLdOut).getFirst();
    }

    @Override
    public Pair<Double, INDArray> computeGradientAndScore(INDArray labels, INDArray preOutput,
            IActivation activationFn, INDArray mask, boolean average) {
        return new Pair<>(computeScore(labels, preOutput, activationFn, mask, average),
                computeGradient(labels, preOutput, activationFn, mask));
    }

    /** Softmax over one list starting at {@code start}; masked rows get probability 0. */
    private double[] softmax(double[] s, double[] mask, int start) {
        int end = Math.min(start + listSize, s.length);
        double max = Double.NEGATIVE_INFINITY;
        for (int i = start; i < end; i++) {
            if (mask == null || mask[i] > 0) {
                max = Math.max(max, s[i]);
            }
        }
        double[] p = new double[end - start];
        double z = 0;
        for (int i = start; i < end; i++) {
            if (mask == null || mask[i] > 0) {
                p[i - start] = Math.exp(s[i] - max);
                z += p[i - start];
            }
        }
        for (int i = 0; i < p.length; i++) {
            p[i] = z > 0 ? p[i] / z : 0;
        }
        return p;
    }

    @Override
    public String name() {
        return "listwise-softmax";
    }

    @Override
    public String toString() {
        return "ListwiseSoftmaxLoss(listSize=" + listSize + ")";
    }
}

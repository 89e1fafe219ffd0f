package org.credpath.engine.rank;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Trains {@link Dl4jRanker} listwise: each logged session is one list; feedback gains are
 * multiplied by inverse examination propensities from {@link PositionBias} (when enabled), and
 * the {@link ListwiseSoftmaxLoss} pushes the softmax over the list toward those gains.
 */
public final class Dl4jTrainer {

    private final Dl4jOptions options;

    public Dl4jTrainer(Dl4jOptions options) {
        this.options = options;
    }

    /**
     * @param progress called with the epoch number after each epoch (for stderr progress)
     */
    public Dl4jRanker train(List<String> featureNames, List<TrainingSession> sessions, PositionBias bias,
            IntConsumer progress) {
        List<TrainingSession> lists = sessions.stream().filter(TrainingSession::hasPositive).toList();
        if (lists.isEmpty()) {
            throw new IllegalArgumentException("no training session has a click or enrol: nothing to learn from");
        }
        List<TrainingSession> order = new ArrayList<>(lists);
        List<TrainingSession> validation = List.of();
        int held = (int) Math.round(order.size() * options.validationShare());
        if (held >= 1) {
            Collections.shuffle(order, new Random(options.seed() ^ 0x5eedL));
            validation = List.copyOf(order.subList(0, held));
            order = new ArrayList<>(order.subList(held, order.size()));
        }
        Random rnd = new Random(options.seed());
        FeatureNormalizer norm = FeatureNormalizer.fit(featureNames, order, StandardFeatureExtractor.IMPUTED);
        MultiLayerNetwork net = new MultiLayerNetwork(config(featureNames.size()));
        net.init();
        EarlyStop stop = new EarlyStop(validation.isEmpty() ? null : batch(validation, norm, bias));
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            Collections.shuffle(order, rnd);
            for (int from = 0; from < order.size(); from += options.listsPerBatch()) {
                net.fit(batch(order.subList(from, Math.min(from + options.listsPerBatch(), order.size())), norm, bias));
            }
            progress.accept(epoch);
            if (stop.shouldStop(net, epoch)) {
                break;
            }
        }
        stop.restoreBest(net);
        return new Dl4jRanker(net, norm);
    }

    /** Keeps the parameters of the epoch with the lowest validation loss; stops after {@code patience} worse epochs. */
    private final class EarlyStop {
        private final DataSet validation;
        private double best = Double.POSITIVE_INFINITY;
        private int bestEpoch;
        private org.nd4j.linalg.api.ndarray.INDArray bestParams;

        EarlyStop(DataSet validation) {
            this.validation = validation;
        }

        boolean shouldStop(MultiLayerNetwork net, int epoch) {
            if (validation == null) {
                return false;
            }
            double loss = net.score(validation, false);
            if (loss < best) {
                best = loss;
                bestEpoch = epoch;
                bestParams = net.params().dup();
            }
            return epoch - bestEpoch >= options.patience();
        }

        void restoreBest(MultiLayerNetwork net) {
            if (bestParams != null) {
                net.setParams(bestParams);
                System.err.printf("dl4j: early stopping kept epoch %d (validation loss %.4f)%n", bestEpoch, best);
            }
        }
    }

    MultiLayerConfiguration config(int inputs) {
        int h = options.hidden();
        return new NeuralNetConfiguration.Builder()
                .seed(options.seed())
                .dataType(DataType.FLOAT)
                .weightInit(WeightInit.XAVIER)
                .updater(new Adam(options.learningRate()))
                .l2(1e-5)
                .list()
                .layer(new DenseLayer.Builder().nIn(inputs).nOut(h).activation(Activation.RELU).build())
                .layer(new DenseLayer.Builder().nIn(h).nOut(h / 2).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(new ListwiseSoftmaxLoss(options.listSize()))
                        .nIn(h / 2).nOut(1).activation(Activation.IDENTITY).build())
                .build();
    }

    /** Stacks lists into one minibatch: rows padded to {@code listSize} with label-mask 0. */
    DataSet batch(List<TrainingSession> lists, FeatureNormalizer norm, PositionBias bias) {
        int k = options.listSize();
        int d = norm.mean().length;
        int rows = lists.size() * k;
        float[] x = new float[rows * d];
        float[] y = new float[rows];
        float[] mask = new float[rows];
        for (int b = 0; b < lists.size(); b++) {
            TrainingSession s = lists.get(b);
            Integer[] idx = topPositions(s, k);
            float[][] chosen = new float[idx.length][];
            for (int i = 0; i < idx.length; i++) {
                chosen[i] = s.features()[idx[i]];
                int row = b * k + i;
                double w = options.weight(bias, s.positions()[idx[i]]);
                y[row] = (float) (s.relevance()[idx[i]] * w);
                mask[row] = 1f;
            }
            float[] flat = norm.apply(chosen);
            System.arraycopy(flat, 0, x, b * k * d, flat.length);
        }
        return new DataSet(Nd4j.create(x, new long[] {rows, d}), Nd4j.create(y, new long[] {rows, 1}), null,
                Nd4j.create(mask, new long[] {rows, 1}));
    }

    private static Integer[] topPositions(TrainingSession s, int k) {
        Integer[] all = new Integer[s.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        java.util.Arrays.sort(all, Comparator.comparingInt(i -> s.positions()[i]));
        return java.util.Arrays.copyOf(all, Math.min(k, all.length));
    }
}

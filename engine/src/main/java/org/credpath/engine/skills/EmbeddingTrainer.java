package org.credpath.engine.skills;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.deeplearning4j.models.word2vec.Word2Vec;
import org.deeplearning4j.text.sentenceiterator.CollectionSentenceIterator;
import org.deeplearning4j.text.tokenization.tokenizerfactory.DefaultTokenizerFactory;

/** Trains Word2Vec skill embeddings on a {@link SkillCorpus}; the vectors are centred (see {@link SkillEmbeddings#centred()}). */
public final class EmbeddingTrainer {

    private EmbeddingTrainer() {
    }

    public static SkillEmbeddings train(SkillCorpus corpus, EmbeddingOptions o) {
        List<String> lines = corpus.sentences().stream().map(s -> String.join(" ", s)).toList();
        Word2Vec w2v = new Word2Vec.Builder()
                .minWordFrequency(o.minFrequency())
                .iterations(1)
                .epochs(o.epochs())
                .layerSize(o.layerSize())
                .windowSize(o.window())
                .seed(o.seed())
                .workers(1)
                .allowParallelTokenization(false)
                .iterate(new CollectionSentenceIterator(lines))
                .tokenizerFactory(new DefaultTokenizerFactory())
                .build();
        w2v.fit();
        Map<String, float[]> raw = new HashMap<>();
        Map<String, Integer> freq = new HashMap<>();
        for (String word : w2v.getVocab().words()) {
            double[] v = w2v.getWordVector(word);
            float[] f = new float[v.length];
            for (int i = 0; i < v.length; i++) {
                f[i] = (float) v[i];
            }
            raw.put(word, f);
            freq.put(word, (int) w2v.getVocab().wordFrequency(word));
        }
        return SkillEmbeddings.of(new java.util.TreeMap<>(raw), freq).centred();
    }
}

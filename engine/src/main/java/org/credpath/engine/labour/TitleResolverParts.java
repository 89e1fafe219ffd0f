package org.credpath.engine.labour;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.labour.crosswalk.Crosswalk;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.onet.Onet;
import org.credpath.engine.labour.title.EncoderTitleIndex;
import org.credpath.engine.labour.title.EvidenceTitleResolver;
import org.credpath.engine.labour.title.ExactLabelResolver;
import org.credpath.engine.labour.title.FusedTitleResolver;
import org.credpath.engine.labour.title.FusionWeights;
import org.credpath.engine.labour.title.TitleAbbreviations;
import org.credpath.engine.labour.title.TitleEvidence;
import org.credpath.engine.labour.title.TitleEvidenceSources;
import org.credpath.engine.labour.title.TitleSpelling;
import org.credpath.engine.labour.title.VacancyTitle;
import org.credpath.engine.text.TextEncoder;

/**
 * The parts {@link LabourMarket#load} builds the served job-title resolver from: the title evidence,
 * the spelling vocabulary, the lexical stages and the sentence-encoder stage.
 */
final class TitleResolverParts {

    private TitleResolverParts() {
    }

    /** The lexical stages: evidence, exact ESCO labels, the abbreviation table and the spelling vocabulary. */
    static FusedTitleResolver lexicalResolver(CredpathHome home, Esco esco, EvidenceTitleResolver titles,
            TitleSpelling spelling) {
        TitleAbbreviations abbreviations = TitleAbbreviations.load(
                home.dataset(TitleAbbreviations.FOLDER, TitleAbbreviations.FILE));
        return FusedTitleResolver.lexical(titles, new ExactLabelResolver(esco), abbreviations, spelling,
                FusionWeights.DEFAULT);
    }

    /** The spelling vocabulary of the known titles (not the vacancy titles). */
    static TitleSpelling spelling(List<TitleEvidence> evidence, Consumer<String> progress) {
        long t0 = System.nanoTime();
        TitleSpelling spelling = new TitleSpelling(evidence.stream()
                .filter(e -> e.source() != org.credpath.engine.labour.title.TitleSource.VACANCY)
                .map(TitleEvidence::title).toList());
        progress.accept(String.format("labour: title spelling vocabulary in %.1f s", (System.nanoTime() - t0) / 1e9));
        return spelling;
    }

    /** {@code lexical} with the encoder's ESCO label and vacancy title vectors (read from the cache or encoded). */
    static FusedTitleResolver withEncoder(FusedTitleResolver lexical, CredpathHome home, Esco esco,
            List<TitleEvidence> evidence, TextEncoder encoder, Consumer<String> progress) {
        long t0 = System.nanoTime();
        EncoderTitleIndex index = EncoderTitleIndex.build(esco, EncoderTitleIndex.Mode.LABELS, encoder,
                LabourMarket.encoderCache(home), progress);
        EncoderTitleIndex vacancies = EncoderTitleIndex.ofTitles(evidence.stream()
                .filter(e -> e.source() == org.credpath.engine.labour.title.TitleSource.VACANCY).toList(),
                "vacancy-titles", encoder, LabourMarket.encoderCache(home), progress);
        progress.accept(String.format("labour: title encoder %,d label and %,d vacancy title vectors in %.1f s",
                index.size(), vacancies.size(), (System.nanoTime() - t0) / 1e9));
        return lexical.withEncoder(index).withVacancies(vacancies);
    }

    /** ESCO labels, O*NET titles through the crosswalk, and the JobBERT training titles (never the test split). */
    static List<TitleEvidence> titleEvidence(CredpathHome home, Esco esco, Onet onet, Crosswalk crosswalk) {
        List<TitleEvidence> evidence = new ArrayList<>(TitleEvidenceSources.esco(esco));
        evidence.addAll(TitleEvidenceSources.onet(esco, onet, crosswalk));
        evidence.addAll(TitleEvidenceSources.vacancies(
                VacancyTitle.load(home.dataset(VacancyTitle.FOLDER, VacancyTitle.TRAIN_FILE))));
        return evidence;
    }
}

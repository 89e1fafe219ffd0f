package org.credpath.engine.labour.title;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoOccupation;
import org.credpath.engine.labour.esco.SkillHierarchy;
import org.credpath.engine.text.MiniLmEncoder;

/** A tiny taxonomy with the real encoder, the fused resolver and a small abbreviation table. */
public final class TitleFixture {

    public static final String ELECTRICIAN = "urn:occ:electrician";
    public static final String CARPENTER = "urn:occ:carpenter";
    public static final String DEVELOPER = "urn:occ:developer";
    public static final String NURSE = "urn:occ:nurse";
    public static final String PROJECT = "urn:occ:project-manager";
    public static final String PRODUCT = "urn:occ:product-manager";
    public static final String CHEF = "urn:occ:chef";

    public static final Esco ESCO = new Esco(List.of(
            occ(ELECTRICIAN, "electrician", List.of("installation electrician", "domestic electrician"),
                    "Electricians install and maintain electrical wiring in buildings."),
            occ(CARPENTER, "carpenter", List.of("joiner", "craft carpenter"),
                    "Carpenters cut, shape and assemble wooden elements for buildings."),
            occ(DEVELOPER, "software developer", List.of("software engineer", "programmer"),
                    "Software developers implement or program software systems."),
            occ(NURSE, "nurse responsible for general care", List.of("registered nurse", "staff nurse"),
                    "Nurses care for the sick and injured."),
            occ(PROJECT, "project manager", List.of("project lead"), "Project managers plan and run projects."),
            occ(PRODUCT, "product manager", List.of("product owner"), "Product managers decide what a product offers."),
            occ(CHEF, "head chef", List.of("executive chef"), "Head chefs run a kitchen.")),
            List.of(), List.of(), new SkillHierarchy(Map.of(), Map.of()));

    /** Abbreviation table of the fixture (same format as the shipped file, without comments). */
    public static final TitleAbbreviations ABBREVIATIONS = new TitleAbbreviations(List.of(
            new TitleAbbreviations.Entry("sparky", false, List.of("electrician")),
            new TitleAbbreviations.Entry("chippy", false, List.of("carpenter")),
            new TitleAbbreviations.Entry("sw", false, List.of("software")),
            new TitleAbbreviations.Entry("eng", false, List.of("engineer")),
            new TitleAbbreviations.Entry("rn", false, List.of("registered nurse")),
            new TitleAbbreviations.Entry("pm", true, List.of("project manager", "product manager"))));

    private TitleFixture() {
    }

    private static EscoOccupation occ(String uri, String label, List<String> alt, String description) {
        return new EscoOccupation(uri, "0000.0", "0000", label, alt, List.of(), description);
    }

    /** The lexical stages over the fixture (no encoder). */
    public static FusedTitleResolver lexical() {
        List<TitleEvidence> evidence = new ArrayList<>(TitleEvidenceSources.esco(ESCO));
        EvidenceTitleResolver ev = new EvidenceTitleResolver(ESCO, evidence, EvidenceWeights.DEFAULT);
        TitleSpelling spelling = new TitleSpelling(evidence.stream().map(TitleEvidence::title).toList());
        return FusedTitleResolver.lexical(ev, new ExactLabelResolver(ESCO), ABBREVIATIONS, spelling, FusionWeights.DEFAULT);
    }

    /** The fused resolver over the fixture, its label vectors cached under {@code cacheDir}. */
    public static FusedTitleResolver resolver(Path cacheDir) {
        List<TitleEvidence> evidence = new ArrayList<>(TitleEvidenceSources.esco(ESCO));
        EvidenceTitleResolver ev = new EvidenceTitleResolver(ESCO, evidence, EvidenceWeights.DEFAULT);
        EncoderTitleIndex index = EncoderTitleIndex.build(ESCO, EncoderTitleIndex.Mode.LABELS, MiniLmEncoder.shared(),
                cacheDir, s -> { });
        TitleSpelling spelling = new TitleSpelling(evidence.stream().map(TitleEvidence::title).toList());
        return new FusedTitleResolver(ev, index, new ExactLabelResolver(ESCO), null, ABBREVIATIONS, spelling,
                FusionWeights.DEFAULT);
    }
}

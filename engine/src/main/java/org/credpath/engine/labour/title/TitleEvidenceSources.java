package org.credpath.engine.labour.title;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

import org.credpath.engine.labour.Labels;
import org.credpath.engine.labour.crosswalk.Crosswalk;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoOccupation;
import org.credpath.engine.labour.onet.Onet;
import org.credpath.engine.labour.onet.OnetTitle;

/** Gathers the known titles of every ESCO occupation. */
public final class TitleEvidenceSources {

    private TitleEvidenceSources() {
    }

    /** ESCO preferred, alternative and hidden labels. */
    public static List<TitleEvidence> esco(Esco esco) {
        List<TitleEvidence> out = new ArrayList<>();
        for (EscoOccupation o : esco.occupations()) {
            out.add(new TitleEvidence(o.uri(), o.preferredLabel(), TitleSource.ESCO_PREFERRED));
            o.altLabels().forEach(l -> out.add(new TitleEvidence(o.uri(), l, TitleSource.ESCO_ALTERNATIVE)));
            o.hiddenLabels().forEach(l -> out.add(new TitleEvidence(o.uri(), l, TitleSource.ESCO_HIDDEN)));
        }
        return out;
    }

    /**
     * O*NET occupation titles, alternate and reported titles, for each ESCO occupation the crosswalk
     * maps to them; a title repeated for one ESCO occupation (same normalised text) is kept once.
     */
    public static List<TitleEvidence> onet(Esco esco, Onet onet, Crosswalk crosswalk) {
        List<TitleEvidence> out = new ArrayList<>();
        for (EscoOccupation o : esco.occupations()) {
            Set<String> seen = new HashSet<>();
            for (String code : crosswalk.onetCodes(o.uri())) {
                onet.occupation(code).filter(oc -> seen.add(Labels.normalise(oc.title())))
                        .ifPresent(oc -> out.add(new TitleEvidence(o.uri(), oc.title(), TitleSource.ONET_TITLE)));
                for (OnetTitle t : onet.titles(code)) {
                    if (seen.add(Labels.normalise(t.title()))) {
                        TitleSource s = t.source() == OnetTitle.Source.ALTERNATE ? TitleSource.ONET_ALTERNATE : TitleSource.ONET_REPORTED;
                        out.add(new TitleEvidence(o.uri(), t.title(), s));
                    }
                }
            }
        }
        return out;
    }

    /** Labelled vacancy titles (training split only). */
    public static List<TitleEvidence> vacancies(List<VacancyTitle> titles) {
        return titles.stream().map(t -> new TitleEvidence(t.occupationUri(), t.title(), TitleSource.VACANCY)).toList();
    }
}

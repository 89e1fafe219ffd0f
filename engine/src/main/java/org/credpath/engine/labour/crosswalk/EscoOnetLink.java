package org.credpath.engine.labour.crosswalk;

import org.credpath.engine.labour.onet.OnetCodes;

/**
 * One row of Nesta's ESCO -> O*NET crosswalk (Mapping Career Causeways, Nov 2020).
 *
 * @param escoUri    ESCO occupation URI
 * @param onet2010   O*NET-SOC 2010 code
 * @param confidence Nesta's manual confidence: 2 (best), 1, or 0.5
 * @param similarity Nesta's semantic similarity of the two titles
 */
public record EscoOnetLink(String escoUri, String onet2010, double confidence, double similarity) {
    public EscoOnetLink {
        if (escoUri == null || escoUri.isBlank()) {
            throw new IllegalArgumentException("crosswalk row has a blank ESCO concept_uri");
        }
        OnetCodes.requireOnetSoc(onet2010, "crosswalk onet_code of " + escoUri);
    }
}

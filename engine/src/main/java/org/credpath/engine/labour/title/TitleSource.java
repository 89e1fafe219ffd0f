package org.credpath.engine.labour.title;

/** Where a known job title comes from; each source has its own weight in the evidence resolver. */
public enum TitleSource {
    ESCO_PREFERRED, ESCO_ALTERNATIVE, ESCO_HIDDEN, ONET_TITLE, ONET_ALTERNATE, ONET_REPORTED, VACANCY
}

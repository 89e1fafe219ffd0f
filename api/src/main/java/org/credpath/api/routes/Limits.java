package org.credpath.api.routes;

import java.util.List;

import org.credpath.api.http.ProblemException;
import org.credpath.api.wallet.Alignment;
import org.credpath.api.wallet.Badge;
import org.credpath.engine.catalog.Credential;
import org.credpath.engine.events.Event;
import org.credpath.engine.learner.Learner;

/**
 * The documented bounds on request bodies (docs/api.md "Limits"), checked before any work or write:
 * a value over a bound is a 400 naming the field and the bound. Id lengths match the database
 * columns (V1__init.sql); list sizes keep one request's work bounded (a learner's skills are
 * resolved and scored one by one).
 */
public final class Limits {
    /** learners.id, pathways.learner_id, events.learner_id, events.request_id. */
    public static final int LEARNER_ID = 200;
    /** credentials.id, events.credential_id. */
    public static final int CREDENTIAL_ID = 300;
    /** A skill (URI or label), an occupation (URI, code or title), a name or a label. */
    public static final int SHORT_TEXT = 500;
    /** A URL. */
    public static final int URL = 2_000;
    /** A credential's description or syllabus, a badge's description. */
    public static final int LONG_TEXT = 20_000;
    /**
     * A learner's skills: each free-text skill is resolved one by one, about 2.5 ms each on the shared
     * 2-core machine (200 took 0.5 s, 500 up to 2 s per recommendation), so a learner has at most 100.
     */
    public static final int SKILLS = 100;
    /** A learner's held credentials; a credential's skills, labels, prerequisites. */
    public static final int LIST = 500;
    /** Small lists: delivery modes, stacksInto, endorsements, key origins. */
    public static final int SHORT_LIST = 50;
    /** Credentials in one submission to the wallet route. */
    public static final int BADGES = 50;
    /** Alignments of one badge. */
    public static final int ALIGNMENTS = 100;
    /** Events in one POST /v1/events. */
    public static final int EVENTS = 50_000;
    /** Credentials in one POST /v1/credentials. */
    public static final int CREDENTIALS = 20_000;

    private Limits() {
    }

    /** Checks a learner (inline or stored); {@code at} prefixes field names ({@code learner.}). */
    public static void learner(String at, Learner l) {
        text(at + "id", l.id(), LEARNER_ID);
        strings(at + "heldCredentials", l.heldCredentials(), LIST, CREDENTIAL_ID);
        strings(at + "skills", l.skills(), SKILLS, SHORT_TEXT);
        text(at + "currentOccupation", l.currentOccupation(), SHORT_TEXT);
        text(at + "targetOccupation", l.targetOccupation(), SHORT_TEXT);
        size(at + "delivery", l.delivery(), SHORT_LIST);
    }

    /** Checks one credential of a batch; {@code at} is {@code [i].}. */
    public static void credential(String at, Credential c) {
        text(at + "id", c.id(), CREDENTIAL_ID);
        text(at + "title", c.title(), SHORT_TEXT);
        text(at + "provider", c.provider(), SHORT_TEXT);
        text(at + "description", c.description(), LONG_TEXT);
        text(at + "syllabus", c.syllabus(), LONG_TEXT);
        text(at + "url", c.url(), URL);
        text(at + "language", c.language(), 35);
        text(at + "reviewedOn", c.reviewedOn(), 64);
        strings(at + "skills", c.skills(), LIST, SHORT_TEXT);
        strings(at + "skillLabels", c.skillLabels(), LIST, SHORT_TEXT);
        strings(at + "prerequisites", c.prerequisites(), LIST, CREDENTIAL_ID);
        strings(at + "endorsements", c.endorsements(), SHORT_LIST, SHORT_TEXT);
        size(at + "stacksInto", c.stacksInto(), SHORT_LIST);
        for (int i = 0; i < c.stacksInto().size(); i++) {
            text(at + "stacksInto[" + i + "].qualificationId", c.stacksInto().get(i).qualificationId(), CREDENTIAL_ID);
        }
    }

    /** Checks one event of a batch; {@code at} is {@code [i].}. */
    public static void event(String at, Event e) {
        text(at + "learnerId", e.learnerId(), LEARNER_ID);
        text(at + "credentialId", e.credentialId(), CREDENTIAL_ID);
        text(at + "requestId", e.requestId(), LEARNER_ID);
    }

    /** Checks the badges of one wallet submission. */
    public static void badges(List<Badge> badges) {
        size("", badges, BADGES);
        for (int i = 0; i < badges.size(); i++) {
            Badge b = badges.get(i);
            String at = badges.size() == 1 ? "" : "[" + i + "].";
            text(at + "id", b.credentialId(), URL);
            text(at + "issuer", b.issuer(), URL);
            text(at + "credentialSubject.achievement.name", b.achievementName(), SHORT_TEXT);
            text(at + "credentialSubject.achievement.description", b.achievementDescription(), LONG_TEXT);
            text(at + "credentialSubject.achievement.achievementType", b.achievementType(), SHORT_TEXT);
            text(at + "credentialSubject.achievement.id", b.achievementId(), URL);
            text(at + "issuer.name", b.issuerName(), SHORT_TEXT);
            alignments(at + "credentialSubject.achievement.alignment", b.alignments());
        }
    }

    private static void alignments(String field, List<Alignment> alignments) {
        size(field, alignments, ALIGNMENTS);
        for (int i = 0; i < alignments.size(); i++) {
            Alignment a = alignments.get(i);
            String at = field + "[" + i + "].";
            text(at + "targetName", a.targetName(), SHORT_TEXT);
            text(at + "targetUrl", a.targetUrl(), URL);
            text(at + "targetCode", a.targetCode(), SHORT_TEXT);
            text(at + "targetFramework", a.targetFramework(), SHORT_TEXT);
        }
    }

    /** A string of at most {@code max} characters (null passes); NUL characters are refused. */
    public static String text(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        if (value.length() > max) {
            throw ProblemException.invalidField(field, "at most " + max + " characters, got " + value.length());
        }
        if (value.indexOf('\0') >= 0) {
            throw ProblemException.invalidField(field, "must not contain the NUL character (\\u0000)");
        }
        return value;
    }

    /** A list of at most {@code max} entries. */
    public static void size(String field, List<?> values, int max) {
        if (values != null && values.size() > max) {
            throw ProblemException.invalidField(field, "at most " + max + " entries, got " + values.size());
        }
    }

    private static void strings(String field, List<String> values, int maxEntries, int maxLength) {
        size(field, values, maxEntries);
        for (int i = 0; i < values.size(); i++) {
            text(field + "[" + i + "]", values.get(i), maxLength);
        }
    }
}

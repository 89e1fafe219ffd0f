package org.credpath.engine.events;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts feedback events per credential as they are added; safe for concurrent adds and reads.
 * Completions and dismissals are not counted (no feature reads them).
 */
public final class FeedbackTally implements FeedbackCounts {

    static final FeedbackTally EMPTY = new FeedbackTally();

    /** The three counters of one credential. */
    private record Counters(LongAdder impressions, LongAdder clicks, LongAdder enrolments) {
        Counters() {
            this(new LongAdder(), new LongAdder(), new LongAdder());
        }
    }

    private final Map<String, Counters> byCredential = new ConcurrentHashMap<>();
    private final LongAdder impressions = new LongAdder();
    private final LongAdder clicks = new LongAdder();

    /** A tally of {@code events}. */
    public static FeedbackTally of(Iterable<Event> events) {
        FeedbackTally t = new FeedbackTally();
        for (Event e : events) {
            t.add(e.credentialId(), e.type(), 1);
        }
        return t;
    }

    /** Adds {@code count} events of one type for one credential (types without a counter are ignored). */
    public void add(String credentialId, EventType type, long count) {
        if (this == EMPTY) {
            throw new UnsupportedOperationException("the empty tally stays empty");
        }
        switch (type) {
            case IMPRESSION -> {
                counters(credentialId).impressions().add(count);
                impressions.add(count);
            }
            case CLICK -> {
                counters(credentialId).clicks().add(count);
                clicks.add(count);
            }
            case ENROL -> counters(credentialId).enrolments().add(count);
            default -> { }
        }
    }

    private Counters counters(String credentialId) {
        return byCredential.computeIfAbsent(credentialId, k -> new Counters());
    }

    @Override
    public long impressions(String credentialId) {
        Counters c = byCredential.get(credentialId);
        return c == null ? 0 : c.impressions().sum();
    }

    @Override
    public long clicks(String credentialId) {
        Counters c = byCredential.get(credentialId);
        return c == null ? 0 : c.clicks().sum();
    }

    @Override
    public long enrolments(String credentialId) {
        Counters c = byCredential.get(credentialId);
        return c == null ? 0 : c.enrolments().sum();
    }

    @Override
    public long totalImpressions() {
        return impressions.sum();
    }

    @Override
    public long totalClicks() {
        return clicks.sum();
    }
}

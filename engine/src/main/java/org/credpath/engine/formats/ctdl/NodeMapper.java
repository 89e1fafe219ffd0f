package org.credpath.engine.formats.ctdl;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.CredentialType;
import org.credpath.engine.catalog.Delivery;
import org.credpath.engine.catalog.Level;
import org.credpath.engine.formats.ImportIssue;

import tools.jackson.databind.JsonNode;

/** One CTDL node -> one {@link Credential}, collecting errors and warnings named by record and field. */
final class NodeMapper {
    static final String ESCO_SKILL = "http://data.europa.eu/esco/skill/";

    /** An occupation alignment as found (the credential id is added by the reader). */
    record Occupation(String code, String name, String uri) {
    }

    private final JsonNode n;
    private final CredentialType type;
    private final Map<String, JsonNode> byId;
    private final String record;
    private final List<ImportIssue> errors = new ArrayList<>();
    private final List<ImportIssue> warnings = new ArrayList<>();
    private final List<Occupation> occupations = new ArrayList<>();

    NodeMapper(String source, JsonNode node, String at, CredentialType type, Map<String, JsonNode> byId) {
        this.n = node;
        this.type = type;
        this.byId = byId;
        String ctid = node.path("ceterms:ctid").isString() ? node.get("ceterms:ctid").asString() : LdValues.nodeId(node);
        String label = (source.isEmpty() ? "" : source + " ") + (at.isEmpty() ? "record" : at);
        this.record = ctid == null ? label : label + " (" + shorten(ctid) + ")";
    }

    String record() {
        return record;
    }

    List<ImportIssue> errors() {
        return errors;
    }

    List<ImportIssue> warnings() {
        return warnings;
    }

    List<Occupation> occupations() {
        return occupations;
    }

    /** The credential, or null when a required field is missing or bad (see {@link #errors()}). */
    Credential map() {
        String id = get("ceterms:ctid", this::id);
        String title = get("ceterms:name", () -> LdValues.text(n.get("ceterms:name")));
        if (title == null && errors.stream().noneMatch(e -> e.field().equals("ceterms:name"))) {
            errors.add(new ImportIssue(record, "ceterms:name", "required: a non-empty string or language map"));
        }
        String description = get("ceterms:description", () -> LdValues.text(n.get("ceterms:description")));
        String url = get("ceterms:subjectWebpage", this::url);
        String provider = provider();
        Double hours = get("ceterms:estimatedDuration", () -> CtdlQuantities.hours(n.get("ceterms:estimatedDuration"),
                record, errors, warnings));
        Double cost = get("ceterms:estimatedCost", () -> CtdlQuantities.costUsd(n.get("ceterms:estimatedCost"),
                record, errors, warnings));
        String language = get("ceterms:inLanguage", this::language);
        Level level = get("ceterms:audienceLevelType", () -> first(alignmentNodes("ceterms:audienceLevelType"),
                CtdlTerms::level));
        Delivery delivery = get("ceterms:learningDeliveryType", () -> first(alignmentNodes("ceterms:learningDeliveryType"),
                CtdlTerms::delivery));
        Set<String> skills = new LinkedHashSet<>();
        Set<String> labels = new LinkedHashSet<>();
        skillsAndLabels(skills, labels);
        get("ceterms:occupationType", this::occupationAlignments);
        if (id == null || title == null || !errors.isEmpty()) {
            return null;
        }
        try {
            return new Credential(id, title, provider, description, null, url, type, level, hours, cost, delivery,
                    language, null, List.copyOf(skills), List.copyOf(labels), null, null, null, null, null);
        } catch (IllegalArgumentException e) {
            errors.add(new ImportIssue(record, "", e.getMessage()));
            return null;
        }
    }

    /** ESCO skills and free-text labels from competency alignments and keywords. */
    private void skillsAndLabels(Set<String> skills, Set<String> labels) {
        get("ceterms:teaches", () -> competencies(n.get("ceterms:teaches"), skills, labels));
        List<JsonNode> conditions = LdValues.many(n.get("ceterms:requires"));
        for (int i = 0; i < conditions.size(); i++) {
            JsonNode targets = conditions.get(i).get("ceterms:targetCompetency");
            get("ceterms:requires[" + i + "].ceterms:targetCompetency", () -> competencies(targets, skills, labels));
        }
        get("ceterms:keyword", () -> labels.addAll(LdValues.texts(n.get("ceterms:keyword"))));
    }

    private String id() {
        JsonNode own = n.get("credpath:id");
        if (own != null && own.isString() && !own.asString().isBlank()) {
            return own.asString().strip();
        }
        String ctid = LdValues.text(n.get("ceterms:ctid"));
        if (ctid == null && n.has("ctid")) {
            ctid = LdValues.text(n.get("ctid"));
            warnings.add(new ImportIssue(record, "ctid", "non-standard key; read as ceterms:ctid"));
        }
        if (ctid != null) {
            return "ctdl:" + (ctid.startsWith("urn:ctid:") ? ctid.substring("urn:ctid:".length()) : ctid);
        }
        String iri = LdValues.nodeId(n);
        if (iri != null && !iri.startsWith("_:")) {
            return "ctdl:" + iri;
        }
        String page = url();
        if (page == null) {
            errors.add(new ImportIssue(record, "ceterms:ctid", "required to give the credential a stable id (or an"
                    + " @id that is not a blank node, or a ceterms:subjectWebpage)"));
            return null;
        }
        return "ctdl:" + page;
    }

    private String url() {
        if (n.has("ceterms:subjectWebpage")) {
            return LdValues.iri(first(n.get("ceterms:subjectWebpage")));
        }
        if (n.has("ceterms:subjectWebPage")) {
            warnings.add(new ImportIssue(record, "ceterms:subjectWebPage", "non-standard spelling; read as"
                    + " ceterms:subjectWebpage"));
            return LdValues.iri(first(n.get("ceterms:subjectWebPage")));
        }
        // a pathway component standing in for a credential points at it with sourceData
        return n.has("ceterms:sourceData") ? LdValues.iri(first(n.get("ceterms:sourceData"))) : null;
    }

    /** The name of the owning (else offering) organisation: embedded, or described elsewhere in the document. */
    private String provider() {
        for (String prop : List.of("ceterms:ownedBy", "ceterms:offeredBy")) {
            List<JsonNode> orgs = LdValues.many(n.get(prop));
            for (int i = 0; i < orgs.size(); i++) {
                String name = get(prop, orgName(orgs.get(i)));
                if (name != null) {
                    return name;
                }
            }
            if (!orgs.isEmpty()) {
                warnings.add(new ImportIssue(record, prop, "the organisation is not described in this document;"
                        + " provider left unknown"));
            }
        }
        return null;
    }

    private Supplier<String> orgName(JsonNode org) {
        return () -> {
            if (org.isObject() && org.has("ceterms:name")) {
                return LdValues.text(org.get("ceterms:name"));
            }
            String iri = LdValues.iri(org);
            JsonNode described = iri == null ? null : byId.get(iri);
            return described == null ? null : LdValues.text(described.get("ceterms:name"));
        };
    }

    private String language() {
        for (String tag : LdValues.texts(n.get("ceterms:inLanguage"))) {
            String primary = tag.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
            if (primary.matches("[a-z]{2}")) {
                return primary;
            }
            warnings.add(new ImportIssue(record, "ceterms:inLanguage", "'" + tag + "' is not an ISO 639-1 tag; ignored"));
        }
        return null;
    }

    private List<String> alignmentNodes(String prop) {
        List<String> out = new ArrayList<>();
        for (JsonNode a : LdValues.many(n.get(prop))) {
            String target = a.isObject() ? LdValues.iri(a.get("ceterms:targetNode")) : LdValues.iri(a);
            if (target != null) {
                out.add(target);
            }
        }
        return out;
    }

    private boolean competencies(JsonNode alignments, Set<String> skills, Set<String> labels) {
        for (JsonNode a : LdValues.many(alignments)) {
            String target = a.isObject() ? LdValues.iri(a.get("ceterms:targetNode")) : LdValues.iri(a);
            if (target != null && target.startsWith(ESCO_SKILL)) {
                skills.add(target);
            } else if (a.isObject()) {
                String name = LdValues.text(a.has("ceterms:targetNodeName") ? a.get("ceterms:targetNodeName")
                        : a.get("ceasn:competencyText"));
                if (name != null) {
                    labels.add(name);
                }
            }
        }
        return true;
    }

    private boolean occupationAlignments() {
        for (JsonNode a : LdValues.many(n.get("ceterms:occupationType"))) {
            if (a.isObject()) {
                occupations.add(new Occupation(LdValues.text(a.get("ceterms:codedNotation")),
                        LdValues.text(a.get("ceterms:targetNodeName")), LdValues.iri(a.get("ceterms:targetNode"))));
            }
        }
        return true;
    }

    private <T> T get(String field, Supplier<T> read) {
        try {
            return read.get();
        } catch (LdValues.ShapeException e) {
            errors.add(new ImportIssue(record, field, e.getMessage()));
            return null;
        }
    }

    private static <T> T first(List<String> nodes, java.util.function.Function<String, java.util.Optional<T>> parse) {
        return nodes.stream().map(parse).flatMap(java.util.Optional::stream).findFirst().orElse(null);
    }

    private static JsonNode first(JsonNode node) {
        return node != null && node.isArray() ? (node.isEmpty() ? null : node.get(0)) : node;
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}

package org.credpath.engine.formats.ctdl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.CredentialType;
import org.credpath.engine.formats.ImportIssue;
import org.credpath.engine.formats.ImportResult;
import org.credpath.engine.formats.InvalidImportException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads credentials from CTDL JSON-LD (Credential Engine): one node, an {@code @graph}, a JSON
 * array of nodes, a registry envelope ({@code decoded_resource}) or a credential whose
 * {@code credentialSubject.achievement} is a CTDL node. Every node whose {@code @type} is a CTDL
 * credential or learning opportunity becomes a {@link Credential}; organisations, profiles and
 * pathway components are skipped (and serve to name providers). All or nothing: any bad record
 * refuses the file with every error named by record and field ({@link InvalidImportException}).
 * The field mapping is in docs/formats.md; JSON-LD is read as JSON (no context processing), so
 * terms are matched by their {@code ceterms:} compact names.
 */
public final class CtdlReader {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    /** Errors listed at most (the count is still right). */
    static final int MAX_ERRORS = 50;

    private CtdlReader() {
    }

    /** A node and where it sits in the document, e.g. {@code @graph[3]}. */
    record Located(JsonNode node, String at) {
    }

    /**
     * @param source names the document in messages (a file name; empty for a request body, whose records are named by place)
     * @throws InvalidImportException when the text is not JSON, holds no credential, or any credential is invalid
     */
    public static ImportResult read(String source, String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
            throw new InvalidImportException(new ImportIssue(source, "", "malformed JSON-LD" + where + ": "
                    + e.getOriginalMessage()));
        }
        if (root == null || !(root.isObject() || root.isArray())) {
            throw new InvalidImportException(new ImportIssue(source, "", "expected a JSON-LD object or array"));
        }
        List<Located> nodes = nodes(root, "");
        Map<String, JsonNode> byId = new HashMap<>();
        nodes.forEach(l -> {
            String id = l.node().isObject() ? LdValues.nodeId(l.node()) : null;
            if (id != null) {
                byId.putIfAbsent(id, l.node());
            }
        });
        return mapAll(source, nodes, byId);
    }

    private static ImportResult mapAll(String source, List<Located> nodes, Map<String, JsonNode> byId) {
        List<ImportIssue> errors = new ArrayList<>();
        List<ImportIssue> warnings = new ArrayList<>();
        List<ImportResult.OccupationAlignment> occupations = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        List<Credential> out = new ArrayList<>();
        Set<String> skippedTypes = new LinkedHashSet<>();
        int skipped = 0;
        for (Located l : nodes) {
            CredentialType type = typeOf(l.node());
            if (type == null) {
                type = standInType(l.node(), byId);
            }
            if (type == null) {
                skipped++;
                skippedTypes.addAll(LdValues.types(l.node()));
                continue;
            }
            NodeMapper m = new NodeMapper(source, l.node(), l.at(), type, byId);
            Credential c = m.map();
            errors.addAll(m.errors());
            warnings.addAll(m.warnings());
            if (c == null) {
                continue;
            }
            String earlier = seen.putIfAbsent(c.id(), m.record());
            if (earlier != null) {
                errors.add(new ImportIssue(m.record(), "ceterms:ctid", "duplicate id " + c.id() + " (also " + earlier + ")"));
                continue;
            }
            out.add(c);
            m.occupations().forEach(o -> occupations.add(new ImportResult.OccupationAlignment(c.id(), o.code(),
                    o.name(), o.uri())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidImportException(errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors);
        }
        if (out.isEmpty()) {
            throw new InvalidImportException(new ImportIssue(source, "@type", "no CTDL credential or learning"
                    + " opportunity found (types seen: " + (skippedTypes.isEmpty() ? "none" : String.join(", ", skippedTypes))
                    + ")"));
        }
        return new ImportResult(out, warnings, skipped, occupations);
    }

    /** The credential type of a node: {@code credpath:credentialType} when given, else its first CTDL credential class. */
    static CredentialType typeOf(JsonNode node) {
        if (!node.isObject()) {
            return null;
        }
        CredentialType fromClass = null;
        for (String t : LdValues.types(node)) {
            fromClass = CtdlTerms.credentialType(t).orElse(null);
            if (fromClass != null) {
                break;
            }
        }
        JsonNode ext = node.get("credpath:credentialType");
        if (fromClass != null && ext != null && ext.isString()) {
            return CredentialType.parse(ext.asString()).orElse(fromClass);
        }
        return fromClass;
    }

    /**
     * A {@code ceterms:CredentialComponent} of a pathway stands in for its credential when that
     * credential is not described in the document (its {@code ceterms:proxyFor} absent or
     * elsewhere): the type comes from its {@code ceterms:credentialType}. Null for other nodes.
     */
    static CredentialType standInType(JsonNode node, Map<String, JsonNode> byId) {
        if (!node.isObject() || !LdValues.types(node).contains("ceterms:CredentialComponent")) {
            return null;
        }
        JsonNode proxy = node.get("ceterms:proxyFor");
        String target = proxy != null && proxy.isString() ? proxy.asString() : null;
        if (target != null && byId.containsKey(target)) {
            return null;
        }
        JsonNode t = node.get("ceterms:credentialType");
        return t != null && t.isString() ? CtdlTerms.credentialType(t.asString()).orElse(CredentialType.OTHER)
                : CredentialType.OTHER;
    }

    /** The top-level nodes of a CTDL document, with their place in it. */
    static List<Located> nodes(JsonNode root, String at) {
        List<Located> out = new ArrayList<>();
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                out.addAll(nodes(root.get(i), at + "[" + i + "]"));
            }
        } else if (root.isObject() && root.has("decoded_resource")) {
            out.addAll(nodes(root.get("decoded_resource"), join(at, "decoded_resource")));
        } else if (root.isObject() && root.has("@graph")) {
            JsonNode g = root.get("@graph");
            for (int i = 0; i < g.size(); i++) {
                out.add(new Located(g.get(i), join(at, "@graph") + "[" + i + "]"));
            }
        } else if (root.isObject() && root.path("credentialSubject").path("achievement").isObject()) {
            out.add(new Located(root.get("credentialSubject").get("achievement"), join(at, "credentialSubject.achievement")));
        } else {
            out.add(new Located(root, at));
        }
        return out;
    }

    private static String join(String at, String field) {
        return at.isEmpty() ? field : at + "." + field;
    }
}

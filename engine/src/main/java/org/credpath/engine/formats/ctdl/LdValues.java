package org.credpath.engine.formats.ctdl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Reading JSON-LD values as CTDL writes them: language maps ({@code {"en-US": "..."}}), plain
 * strings, {@code {"@value": ...}} objects, {@code {"@id": ...}} references, single values or arrays.
 */
final class LdValues {

    /** The value is present but has a shape these helpers cannot read. */
    static final class ShapeException extends RuntimeException {
        ShapeException(String message) {
            super(message);
        }
    }

    private LdValues() {
    }

    /** The node as a list: an array's elements, else the node alone; null or absent -> empty. */
    static List<JsonNode> many(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node == null || node.isNull() || node.isMissingNode()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(out::add);
        } else {
            out.add(node);
        }
        return out;
    }

    /**
     * One text from a string, {@code @value} object or language map (English first: {@code en},
     * then any {@code en-*}, then the first language given); null when absent or blank.
     */
    static String text(JsonNode node) {
        List<String> all = texts(node);
        return all.isEmpty() ? null : all.getFirst();
    }

    /** Every text of the node in the preferred language (a keyword list in a language map gives all its words). */
    static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull() || node.isMissingNode()) {
            return out;
        }
        if (node.isString()) {
            add(out, node.asString());
        } else if (node.isArray()) {
            for (JsonNode n : node) {
                out.addAll(texts(n));
            }
        } else if (node.isObject() && node.has("@value")) {
            out.addAll(texts(node.get("@value")));
        } else if (node.isObject()) {
            JsonNode chosen = preferredLanguage(node);
            if (chosen != null) {
                out.addAll(texts(chosen));
            }
        } else {
            throw new ShapeException("expected a string or a language map, got " + kind(node));
        }
        return out;
    }

    private static JsonNode preferredLanguage(JsonNode map) {
        JsonNode english = null;
        JsonNode first = null;
        for (Map.Entry<String, JsonNode> e : map.properties()) {
            String lang = e.getKey().toLowerCase(java.util.Locale.ROOT);
            if (lang.startsWith("@")) {
                continue;
            }
            if (!e.getValue().isString() && !e.getValue().isArray()) {
                throw new ShapeException("language map entry '" + e.getKey() + "' must be a string or a list of strings, got "
                        + kind(e.getValue()));
            }
            if (lang.equals("en")) {
                return e.getValue();
            }
            if (english == null && (lang.startsWith("en-") || lang.startsWith("en:") || lang.startsWith("en_"))) {
                english = e.getValue();
            }
            if (first == null) {
                first = e.getValue();
            }
        }
        return english != null ? english : first;
    }

    /** An IRI from a string or {@code {"@id": ...}}; null when absent. */
    static String iri(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isString()) {
            return blankToNull(node.asString());
        }
        if (node.isObject() && node.has("@id") && node.get("@id").isString()) {
            return blankToNull(node.get("@id").asString());
        }
        throw new ShapeException("expected an IRI (a string or {\"@id\": ...}), got " + kind(node));
    }

    /**
     * The {@code @type} values of a node (a string or a list); {@code type} when there is no
     * {@code @type} (the W3C VC context's alias, for CTDL inside a verifiable credential).
     */
    static List<String> types(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (JsonNode t : many(node.has("@type") ? node.get("@type") : node.get("type"))) {
            if (t.isString()) {
                out.add(t.asString());
            }
        }
        return out;
    }

    /** The node's {@code @id}, or its {@code id} alias (VC context), when a string; else null. */
    static String nodeId(JsonNode node) {
        JsonNode id = node.has("@id") ? node.get("@id") : node.get("id");
        return id != null && id.isString() && !id.asString().isBlank() ? id.asString().strip() : null;
    }

    static String kind(JsonNode node) {
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isArray()) {
            return "a list";
        }
        return node.isObject() ? "an object" : node.isString() ? "a string" : String.valueOf(node.getNodeType()).toLowerCase();
    }

    private static void add(List<String> out, String s) {
        String v = blankToNull(s);
        if (v != null) {
            out.add(v);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

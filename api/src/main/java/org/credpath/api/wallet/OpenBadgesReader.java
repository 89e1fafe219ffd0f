package org.credpath.api.wallet;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Open Badges 3.0 credentials ({@code OpenBadgeCredential} / {@code AchievementCredential},
 * VC data model 1.1 or 2.0). Checks the structure an importer can check offline; does not verify
 * proofs or JWT signatures, check status lists, or fetch schemas.
 */
public final class OpenBadgesReader {
    static final List<String> VC_CONTEXTS = List.of("https://www.w3.org/ns/credentials/v2",
            "https://www.w3.org/2018/credentials/v1");
    private static final Pattern JWT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    private final JsonMapper json;

    public OpenBadgesReader(JsonMapper json) {
        this.json = json;
    }

    /**
     * Reads a wallet submission: one credential object, an array of them, or a compact VC-JWT
     * (raw text or a JSON string). All must be valid, or {@link InvalidBadgeException} lists every issue.
     */
    public List<Badge> readSubmission(String body) {
        String text = body.strip();
        if (JWT.matcher(text).matches()) {
            return List.of(read(jwtPayload(text, ""), ""));
        }
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JacksonException e) {
            throw new InvalidBadgeException(List.of(new WalletIssue("", "malformed JSON: " + e.getOriginalMessage())));
        }
        if (root.isString() && JWT.matcher(root.asString().strip()).matches()) {
            return List.of(read(jwtPayload(root.asString().strip(), ""), ""));
        }
        if (root.isArray()) {
            List<Badge> out = new ArrayList<>();
            List<WalletIssue> issues = new ArrayList<>();
            for (int i = 0; i < root.size(); i++) {
                try {
                    out.add(read(root.get(i), "[" + i + "]"));
                } catch (InvalidBadgeException e) {
                    issues.addAll(e.issues());
                }
            }
            if (root.isEmpty()) {
                issues.add(new WalletIssue("", "empty array: submit at least one credential"));
            }
            if (!issues.isEmpty()) {
                throw new InvalidBadgeException(issues);
            }
            return out;
        }
        return List.of(read(root, ""));
    }

    /** Reads one credential object; {@code at} prefixes field names in issues. */
    public Badge read(JsonNode vc, String at) {
        List<WalletIssue> issues = new ArrayList<>();
        if (vc == null || !vc.isObject()) {
            throw new InvalidBadgeException(List.of(new WalletIssue(at, "expected a credential JSON object")));
        }
        if (vc.has("vc") && vc.get("vc").isObject()) {
            vc = vc.get("vc");
        }
        String issuer = checkEnvelope(vc, at, issues);
        JsonNode subject = vc.get("credentialSubject");
        JsonNode achievement = subject != null && subject.isObject() ? subject.get("achievement") : null;
        if (subject == null || !subject.isObject()) {
            issues.add(new WalletIssue(f(at, "credentialSubject"), "required: an object"));
        } else if (achievement == null || !achievement.isObject()) {
            issues.add(new WalletIssue(f(at, "credentialSubject.achievement"), "required: the achievement awarded"));
        } else if (text(achievement, "name") == null) {
            issues.add(new WalletIssue(f(at, "credentialSubject.achievement.name"), "required: a non-empty string"));
        }
        if (subject != null && subject.isObject()) {
            checkResults(subject.get("result"), f(at, "credentialSubject.result"), issues);
        }
        if (!issues.isEmpty()) {
            throw new InvalidBadgeException(issues);
        }
        return new Badge(text(vc, "id"), issuer, text(achievement, "name"), text(achievement, "description"),
                text(achievement, "achievementType"), alignments(achievement.get("alignment")),
                vc.has("proof") ? "not-verified" : "none", text(achievement, "id"),
                vc.get("issuer") != null && vc.get("issuer").isObject() ? text(vc.get("issuer"), "name") : null);
    }

    /** Checks contexts, types and issuer; returns the issuer id (null when missing). */
    private static String checkEnvelope(JsonNode vc, String at, List<WalletIssue> issues) {
        List<String> contexts = strings(vc.get("@context"));
        if (contexts.stream().noneMatch(VC_CONTEXTS::contains)) {
            issues.add(new WalletIssue(f(at, "@context"), "must include the W3C Verifiable Credentials context ("
                    + String.join(" or ", VC_CONTEXTS) + ")"));
        }
        List<String> types = strings(vc.get("type"));
        if (!types.contains("VerifiableCredential")
                || !(types.contains("OpenBadgeCredential") || types.contains("AchievementCredential"))) {
            issues.add(new WalletIssue(f(at, "type"), "must contain VerifiableCredential and OpenBadgeCredential"
                    + " (or AchievementCredential); got " + types));
        }
        String issuer = issuerId(vc.get("issuer"));
        if (issuer == null) {
            issues.add(new WalletIssue(f(at, "issuer"), "required: a URI or a Profile object with an id"));
        }
        return issuer;
    }

    private JsonNode jwtPayload(String jwt, String at) {
        String[] parts = jwt.split("\\.");
        try {
            byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
            return json.readTree(new String(payload, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | JacksonException e) {
            throw new InvalidBadgeException(List.of(new WalletIssue(at, "not a readable VC-JWT: the payload is not"
                    + " base64url-encoded JSON")));
        }
    }

    private static void checkResults(JsonNode results, String field, List<WalletIssue> issues) {
        if (results == null || results.isNull()) {
            return;
        }
        if (!results.isArray()) {
            issues.add(new WalletIssue(field, "must be an array of Result objects"));
            return;
        }
        for (int i = 0; i < results.size(); i++) {
            if (!strings(results.get(i).get("type")).contains("Result")) {
                issues.add(new WalletIssue(field + "[" + i + "].type", "must contain Result; got "
                        + strings(results.get(i).get("type"))));
            }
        }
    }

    private static List<Alignment> alignments(JsonNode node) {
        List<Alignment> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            for (JsonNode a : node) {
                out.add(new Alignment(text(a, "targetName"), text(a, "targetUrl"), text(a, "targetCode"),
                        text(a, "targetFramework")));
            }
        }
        return out;
    }

    private static String issuerId(JsonNode issuer) {
        if (issuer == null) {
            return null;
        }
        if (issuer.isString()) {
            return issuer.asString().isBlank() ? null : issuer.asString();
        }
        return issuer.isObject() ? text(issuer, "id") : null;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (node.isString()) {
            out.add(node.asString());
        } else if (node.isArray()) {
            node.forEach(n -> {
                if (n.isString()) {
                    out.add(n.asString());
                }
            });
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isString() && !v.asString().isBlank() ? v.asString().strip() : null;
    }

    private static String f(String at, String field) {
        return at.isEmpty() ? field : at + "." + field;
    }
}

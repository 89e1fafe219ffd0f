package org.credpath.engine.formats.ctdl;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.credpath.engine.catalog.CredentialType;
import org.credpath.engine.catalog.Delivery;
import org.credpath.engine.catalog.Level;

/**
 * The CTDL vocabulary Credpath reads and writes: which classes are credentials or learning
 * opportunities and their {@code credentialType}, audience levels and delivery types. The mapping
 * tables are in docs/formats.md ("CTDL JSON-LD").
 */
public final class CtdlTerms {
    /** The Credential Engine JSON-LD context. */
    public static final String CONTEXT = "https://credreg.net/ctdl/schema/context/json";
    /** Credpath's own terms, for what CTDL cannot say (its id, its finer credential types). */
    public static final String CREDPATH_NS = "urn:credpath:terms:";

    private static final Map<String, CredentialType> EXACT = Map.ofEntries(
            Map.entry("Course", CredentialType.COURSE),
            Map.entry("LearningOpportunity", CredentialType.COURSE),
            Map.entry("LearningProgram", CredentialType.SPECIALIZATION),
            Map.entry("MicroCredential", CredentialType.MICRO_CREDENTIAL),
            Map.entry("Certification", CredentialType.CERTIFICATE),
            Map.entry("Credential", CredentialType.OTHER),
            Map.entry("License", CredentialType.OTHER),
            Map.entry("QualityAssuranceCredential", CredentialType.OTHER),
            Map.entry("GeneralEducationDevelopment", CredentialType.OTHER));

    /** Classes that look like credentials by name but are not records to import. */
    private static final Set<String> NOT_CREDENTIALS = Set.of("CredentialOrganization", "QACredentialOrganization",
            "CredentialComponent", "CredentialAlignmentObject", "CredentialingAction", "LearningOpportunityProfile");

    private CtdlTerms() {
    }

    /** The credential type of a CTDL class ({@code ceterms:BachelorDegree}), or empty when it is not a credential or learning opportunity. */
    public static Optional<CredentialType> credentialType(String ctdlClass) {
        String local = local(ctdlClass);
        if (local == null || NOT_CREDENTIALS.contains(local)) {
            return Optional.empty();
        }
        CredentialType exact = EXACT.get(local);
        if (exact != null) {
            return Optional.of(exact);
        }
        if (local.endsWith("Badge")) {
            return Optional.of(CredentialType.BADGE);
        }
        if (local.endsWith("Degree") || local.endsWith("Doctorate")) {
            return Optional.of(CredentialType.DEGREE);
        }
        if (local.endsWith("Certificate") || local.endsWith("Diploma")) {
            return Optional.of(local.endsWith("Diploma") ? CredentialType.OTHER : CredentialType.CERTIFICATE);
        }
        return Optional.empty();
    }

    /** The CTDL class written for a credential type; types CTDL has no class for also carry {@code credpath:credentialType}. */
    public static String ctdlClass(CredentialType type) {
        return switch (type) {
            case COURSE -> "ceterms:Course";
            case SPECIALIZATION -> "ceterms:LearningProgram";
            case MICRO_CREDENTIAL -> "ceterms:MicroCredential";
            case BADGE -> "ceterms:Badge";
            case CERTIFICATE, PROFESSIONAL_CERTIFICATE, SKILL_SET -> "ceterms:Certificate";
            case DEGREE -> "ceterms:Degree";
            case OTHER -> "ceterms:Credential";
        };
    }

    /** Whether CTDL's class names the type exactly (else the export adds {@code credpath:credentialType}). */
    public static boolean exact(CredentialType type) {
        return credentialType(ctdlClass(type)).orElse(null) == type;
    }

    /** Learning opportunities (courses, programmes) as opposed to credentials: they teach rather than require competencies. */
    public static boolean isLearningOpportunity(CredentialType type) {
        return type == CredentialType.COURSE || type == CredentialType.SPECIALIZATION;
    }

    /** {@code audLevel:BeginnerLevel} and friends. */
    public static Optional<Level> level(String node) {
        String l = lower(node);
        if (l.contains("beginner") || l.contains("introductory")) {
            return Optional.of(Level.INTRODUCTORY);
        }
        if (l.contains("intermediate")) {
            return Optional.of(Level.INTERMEDIATE);
        }
        return l.contains("advanced") ? Optional.of(Level.ADVANCED) : Optional.empty();
    }

    public static String levelNode(Level level) {
        return switch (level) {
            case INTRODUCTORY -> "audLevel:BeginnerLevel";
            case INTERMEDIATE -> "audLevel:IntermediateLevel";
            case ADVANCED -> "audLevel:AdvancedLevel";
        };
    }

    /** {@code deliveryType:OnlineOnly}, {@code deliveryType:InPerson}, {@code deliveryType:BlendedDelivery}. */
    public static Optional<Delivery> delivery(String node) {
        String l = lower(node);
        if (l.contains("blended")) {
            return Optional.of(Delivery.BLENDED);
        }
        if (l.contains("online")) {
            return Optional.of(Delivery.ONLINE);
        }
        return l.contains("inperson") ? Optional.of(Delivery.IN_PERSON) : Optional.empty();
    }

    public static String deliveryNode(Delivery delivery) {
        return switch (delivery) {
            case ONLINE -> "deliveryType:OnlineOnly";
            case IN_PERSON -> "deliveryType:InPerson";
            case BLENDED -> "deliveryType:BlendedDelivery";
        };
    }

    /** {@code ceterms:Course} -> {@code Course}; a full CTDL IRI works too. */
    static String local(String term) {
        if (term == null || term.isBlank()) {
            return null;
        }
        String t = term.strip();
        int cut = Math.max(Math.max(t.lastIndexOf(':'), t.lastIndexOf('/')), t.lastIndexOf('#'));
        return t.substring(cut + 1);
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}

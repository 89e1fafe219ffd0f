package org.credpath.engine.formats.pathway;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.formats.ctdl.CtdlTerms;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A pathway as a CTDL {@code ceterms:Pathway} (JSON-LD {@code @graph}): the pathway, one
 * component per step ({@code ceterms:CourseComponent} or {@code ceterms:CredentialComponent},
 * linked in order by {@code ceterms:precedes}, the last one the destination) and each step's
 * credential as a full CTDL node the component is {@code ceterms:proxyFor}. The credential nodes
 * are what {@link org.credpath.engine.formats.ctdl.CtdlReader} imports back (round trip), CTIDs are
 * derived from Credpath ids (stable across exports), and two {@code credpath:} terms carry what
 * CTDL cannot say (the Credpath id, and types like {@code professional-certificate}).
 */
public final class CtdlPathwayWriter {
    public static final String MEDIA_TYPE = "application/ld+json";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private CtdlPathwayWriter() {
    }

    public static String write(PathwayDocument p) {
        ObjectNode doc = F.objectNode();
        ArrayNode context = doc.putArray("@context");
        context.add(CtdlTerms.CONTEXT);
        context.addObject().put("credpath", CtdlTerms.CREDPATH_NS);
        ArrayNode graph = doc.putArray("@graph");
        ObjectNode pathway = graph.addObject();
        String pathwayId = "_:pathway";
        pathway.put("@id", pathwayId).put("@type", "ceterms:Pathway").put("ceterms:ctid", ctid("pathway:" + p.id()));
        pathway.putObject("ceterms:name").put("en", p.title());
        pathway.putObject("ceterms:description").put("en", p.steps().size() + " step(s) planned by Credpath"
                + (p.targetLabel() == null ? "" : " toward " + p.targetLabel()));
        if (p.targetOccupation() != null) {
            ObjectNode occ = pathway.putArray("ceterms:occupationType").addObject();
            occ.put("@type", "ceterms:CredentialAlignmentObject").put("ceterms:targetNode", p.targetOccupation());
            if (p.targetLabel() != null) {
                occ.putObject("ceterms:targetNodeName").put("en", p.targetLabel());
            }
        }
        ArrayNode parts = pathway.putArray("ceterms:hasPart");
        List<PathwayDocument.Step> steps = p.steps();
        for (int i = 0; i < steps.size(); i++) {
            String componentId = "_:step-" + (i + 1);
            parts.add(componentId);
            graph.add(component(steps.get(i), componentId, pathwayId, i + 1 < steps.size() ? "_:step-" + (i + 2) : null, i + 1));
        }
        if (!steps.isEmpty()) {
            pathway.putArray("ceterms:hasDestinationComponent").add("_:step-" + steps.size());
        }
        for (int i = 0; i < steps.size(); i++) {
            graph.add(credential(steps.get(i).credential(), "_:credential-" + (i + 1)));
        }
        return PRETTY.writeValueAsString(doc);
    }

    private static ObjectNode component(PathwayDocument.Step s, String id, String pathwayId, String next, int number) {
        Credential c = s.credential();
        boolean course = CtdlTerms.isLearningOpportunity(c.credentialType());
        ObjectNode n = F.objectNode();
        n.put("@id", id).put("@type", course ? "ceterms:CourseComponent" : "ceterms:CredentialComponent")
                .put("ceterms:ctid", ctid("component:" + number + ":" + c.id()));
        n.putObject("ceterms:name").put("en", c.title());
        if (s.why() != null) {
            n.putObject("ceterms:description").put("en", s.why());
        }
        if (!course) {
            n.put("ceterms:credentialType", CtdlTerms.ctdlClass(c.credentialType()));
        }
        n.putArray("ceterms:isPartOf").add(pathwayId);
        n.put("ceterms:proxyFor", "_:credential-" + number);
        if (next != null) {
            n.putArray("ceterms:precedes").add(next);
        }
        return n;
    }

    /** A credential as a full CTDL node (the mapping table in docs/formats.md, written the other way). */
    static ObjectNode credential(Credential c, String id) {
        ObjectNode n = F.objectNode();
        n.put("@id", id).put("@type", CtdlTerms.ctdlClass(c.credentialType())).put("ceterms:ctid", ctid(c.id()))
                .put("credpath:id", c.id());
        if (!CtdlTerms.exact(c.credentialType())) {
            n.put("credpath:credentialType", c.credentialType().value());
        }
        n.putObject("ceterms:name").put("en", c.title());
        if (c.description() != null) {
            n.putObject("ceterms:description").put("en", c.description());
        }
        if (c.url() != null) {
            n.put("ceterms:subjectWebpage", c.url());
        }
        if (c.provider() != null) {
            ObjectNode org = n.putArray("ceterms:offeredBy").addObject();
            org.put("@type", "ceterms:CredentialOrganization").putObject("ceterms:name").put("en", c.provider());
        }
        if (c.language() != null) {
            n.putArray("ceterms:inLanguage").add(c.language());
        }
        if (c.hours() != null) {
            n.putArray("ceterms:estimatedDuration").addObject().put("@type", "ceterms:DurationProfile")
                    .put("ceterms:exactDuration", Duration.ofMillis(Math.round(c.hours() * 3_600_000)).toString());
        }
        if (c.costUsd() != null) {
            ObjectNode cost = n.putArray("ceterms:estimatedCost").addObject();
            cost.put("@type", "ceterms:CostProfile").put("ceterms:price", c.costUsd()).put("ceterms:currency", "USD");
            cost.putObject("ceterms:description").put("en", "Price of the credential as listed");
        }
        if (c.level() != null) {
            alignment(n.putArray("ceterms:audienceLevelType"), CtdlTerms.levelNode(c.level()));
        }
        if (c.delivery() != null) {
            alignment(n.putArray("ceterms:learningDeliveryType"), CtdlTerms.deliveryNode(c.delivery()));
        }
        if (!c.skillLabels().isEmpty()) {
            ArrayNode kw = n.putObject("ceterms:keyword").putArray("en");
            c.skillLabels().forEach(kw::add);
        }
        if (!c.skills().isEmpty()) {
            ArrayNode targets = CtdlTerms.isLearningOpportunity(c.credentialType()) ? n.putArray("ceterms:teaches")
                    : requires(n);
            c.skills().forEach(uri -> targets.addObject().put("@type", "ceterms:CredentialAlignmentObject")
                    .put("ceterms:targetNode", uri));
        }
        return n;
    }

    private static ArrayNode requires(ObjectNode n) {
        ObjectNode condition = n.putArray("ceterms:requires").addObject();
        condition.put("@type", "ceterms:ConditionProfile").putObject("ceterms:description")
                .put("en", "Competencies the credential attests");
        return condition.putArray("ceterms:targetCompetency");
    }

    private static void alignment(ArrayNode list, String node) {
        list.addObject().put("@type", "ceterms:CredentialAlignmentObject").put("ceterms:targetNode", node);
    }

    /** A CTID ({@code ce-} + a name-based UUID) derived from {@code key}: the same key, the same CTID. */
    static String ctid(String key) {
        return "ce-" + UUID.nameUUIDFromBytes(("credpath:" + key).getBytes(StandardCharsets.UTF_8));
    }
}

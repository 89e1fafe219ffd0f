package org.credpath.engine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.JsonlWriter;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.formats.pathway.CtdlPathwayWriter;
import org.credpath.engine.formats.pathway.PathwayDocument;
import org.credpath.engine.formats.pathway.PathwayHtml;
import org.credpath.engine.formats.pathway.StudyPlanCalendar;
import org.credpath.engine.learner.Learner;
import org.credpath.engine.plan.BeamPlanner;
import org.credpath.engine.plan.PathwayService;
import org.credpath.engine.plan.PlanReport;
import org.credpath.engine.plan.PlanningCatalogue;
import org.credpath.engine.plan.PlanningContext;
import org.credpath.engine.plan.PlanningContexts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code credpath pathway export --learner FILE --format ctdl|html|ical}: plans as {@code plan}
 * does and writes one of the pathways (docs/formats.md, "Pathway export").
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Plan the learner's pathways (as `plan`) and write one as CTDL JSON-LD (ceterms:Pathway), a"
                + " printable HTML page or an iCalendar study plan scheduled at the learner's hours per week.")
public final class PathwayExportCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { ctdl, html, ical }

    @Option(names = "--learner", required = true, description = "Learner profile (JSON object; docs/formats.md).")
    Path learnerFile;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "ctdl, html or ical.")
    Format format;

    @Option(names = "--pathway", defaultValue = "1", paramLabel = "N",
            description = "Which planned pathway, 1-based in `plan` order (default: ${DEFAULT-VALUE}).")
    int pathway;

    @Option(names = "--start", paramLabel = "YYYY-MM-DD", description = "First day of the study plan (default: next Monday).")
    String start;

    @Option(names = "--hours-per-week", paramLabel = "H",
            description = "Study pace for the dates (default: the learner's hoursPerWeek, else 5).")
    Double hoursPerWeek;

    @Option(names = "--catalog", description = "Credentials JSONL (default: the bundled Coursera + edX catalogue).")
    Path catalog;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here (atomically) instead of stdout.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Learner learner = CliInputs.learner(learnerFile);
        LocalDate from = startDate();
        double pace = hoursPerWeek != null ? hoursPerWeek
                : learner.hoursPerWeek() != null ? learner.hoursPerWeek() : PathwayService.DEFAULT_HOURS_PER_WEEK;
        PlanningContext ctx = PlanningContexts.load(CredpathHome.locate(), catalog, System.err);
        PlanReport report = new PathwayService(ctx, new BeamPlanner()).plan(learner);
        if (pathway < 1 || pathway > report.pathways().size()) {
            throw new UserFacingException("--pathway: " + report.pathways().size() + " pathway(s) were planned; got "
                    + pathway + (report.warnings().isEmpty() ? "" : " (" + String.join("; ", report.warnings()) + ")"));
        }
        PathwayDocument doc = document(report, report.pathways().get(pathway - 1), ctx.catalogue(),
                learner.id() == null ? "learner" : learner.id());
        String text = switch (format) {
            case ctdl -> CtdlPathwayWriter.write(doc);
            case html -> PathwayHtml.write(doc, from, pace);
            case ical -> StudyPlanCalendar.write(doc, from, pace, Instant.now());
        };
        if (out == null) {
            PrintWriter o = spec.commandLine().getOut();
            o.print(text);
            o.flush();
        } else {
            JsonlWriter.atomically(out, w -> w.write(text));
            System.err.println("pathway export: wrote " + format + " (" + doc.steps().size() + " steps) to " + out);
        }
        return 0;
    }

    private LocalDate startDate() {
        if (start == null) {
            return StudyPlanCalendar.nextMonday(LocalDate.now(ZoneOffset.UTC));
        }
        try {
            return LocalDate.parse(start);
        } catch (DateTimeParseException e) {
            throw new UserFacingException("--start: expected a date YYYY-MM-DD, got '" + start + "'");
        }
    }

    /** The planner's pathway with each step's full catalogue credential. */
    static PathwayDocument document(PlanReport report, PlanReport.PathwayReport p, PlanningCatalogue catalogue,
            String learnerId) {
        List<PathwayDocument.Step> steps = p.steps().stream().map(s -> {
            int i = catalogue.indexOf(s.credentialId());
            Credential c = i >= 0 ? catalogue.get(i) : Credential.of(s.credentialId(), s.title());
            return new PathwayDocument.Step(c, s.hours(), s.costUsd(), s.why());
        }).toList();
        PlanReport.OccupationRef target = report.targetOccupation();
        String label = target == null ? null : target.title();
        String title = (label == null ? "Pathway" : "Pathway to " + label) + " (" + p.kind() + ")";
        return new PathwayDocument(learnerId + "-" + p.kind(), title, target == null ? null : target.uri(), label, steps,
                report.warnings());
    }
}

package org.credpath.engine.plan;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.CredentialReader;
import org.credpath.engine.catalog.ReadMode;
import org.credpath.engine.catalog.bundled.BundledCatalog;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.labour.LabourMarket;
import org.credpath.engine.returns.CompletionArtifacts;
import org.credpath.engine.returns.CompletionEstimator;
import org.credpath.engine.returns.CompletionFeatures;
import org.credpath.engine.returns.CompletionModel;
import org.credpath.engine.returns.SkillPremiumModel;
import org.credpath.engine.skills.CataloguePreparation;

/** Loads a {@link PlanningContext} from the shipped data and models. */
public final class PlanningContexts {

    private PlanningContexts() {
    }

    /**
     * @param catalogFile a credentials JSONL file, or null for the bundled Coursera + edX catalogue
     */
    public static PlanningContext load(CredpathHome home, Path catalogFile, PrintStream progress) throws IOException {
        LabourMarket market = LabourMarket.load(home, progress::println);
        List<Credential> credentials = catalogFile == null ? BundledCatalog.load(home).credentials()
                : CredentialReader.read(catalogFile, ReadMode.FILE).orThrow();
        List<Credential> tagged = CataloguePreparation.load(home, market.esco(), progress::println)
                .prepare(credentials, catalogFile == null ? "bundled catalogue" : catalogFile.toString(), progress::println);
        return new PlanningContext(market, new PlanningCatalogue(tagged), completion(home, progress),
                skillPremium(home, progress), null, null, null);
    }

    public static CompletionEstimator completion(CredpathHome home, PrintStream progress) throws IOException {
        Optional<CompletionModel> m = CompletionArtifacts.load(home.models().resolve(CompletionArtifacts.ID));
        if (m.isEmpty()) {
            progress.println("note: models/completion missing (./credpath train completion); completion assumed "
                    + CompletionFeatures.DEFAULT_COMPLETION_RATE);
        }
        return new CompletionEstimator(m.orElse(CompletionModel.constant(CompletionFeatures.DEFAULT_COMPLETION_RATE)));
    }

    public static Optional<SkillPremiumModel> skillPremium(CredpathHome home, PrintStream progress) {
        Path dir = home.models().resolve(SkillPremiumModel.ID);
        if (!Files.exists(dir.resolve(SkillPremiumModel.FILE))) {
            progress.println("note: models/skill-premium missing (./credpath train skill-premium)");
            return Optional.empty();
        }
        return Optional.of(SkillPremiumModel.load(dir));
    }
}

package org.credpath.api.routes;

import java.util.List;

import org.credpath.api.auth.Principal;
import org.credpath.api.http.FieldError;
import org.credpath.api.http.Problem;
import org.credpath.api.http.ProblemException;
import org.credpath.api.store.KeyType;
import org.credpath.engine.learner.Learner;

/** The learner of a recommendation or planning request: inline, or a stored one by id (not for public keys). */
final class LearnerInput {
    private final LearnerRoutes learners;

    LearnerInput(LearnerRoutes learners) {
        this.learners = learners;
    }

    Learner resolve(Principal p, Learner inline, String learnerId) {
        if ((inline == null) == (learnerId == null)) {
            throw ProblemException.invalidField("learner", "send exactly one of learner (inline) and learnerId");
        }
        if (inline != null) {
            Limits.learner("learner.", inline);
            return inline;
        }
        if (p.type() == KeyType.PUBLIC) {
            throw ProblemException.forbidden("public keys may not read stored learners; send the learner inline");
        }
        Ids.check("learnerId", learnerId, Limits.LEARNER_ID);
        try {
            return learners.load(p.tenantId(), learnerId);
        } catch (ProblemException e) {
            if (e.problem().status() != 404) {
                throw e;
            }
            throw new ProblemException(Problem.of(404, "unknown-learner", "Unknown learner",
                    "learnerId: no learner with id " + learnerId + " in your tenant",
                    List.of(new FieldError("learnerId", "no learner with id " + learnerId + " in your tenant"))));
        }
    }
}

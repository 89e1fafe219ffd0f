package org.credpath.engine.plan;

import java.util.List;

/** Credentials whose prerequisites form a cycle: none of them can be scheduled unless one is already held. */
public record PrerequisiteCycle(List<String> credentialIds) {
    public PrerequisiteCycle {
        if (credentialIds == null || credentialIds.isEmpty()) {
            throw new IllegalArgumentException("credentialIds: a cycle needs at least one credential");
        }
        credentialIds = List.copyOf(credentialIds);
    }

    public String describe() {
        return "circular prerequisites among " + String.join(", ", credentialIds);
    }
}

package org.credpath.api.wallet;

import java.util.List;

/** The submitted document is not a usable Open Badges 3.0 credential; {@link #issues()} names each problem. */
public final class InvalidBadgeException extends RuntimeException {
    private final transient List<WalletIssue> issues;

    public InvalidBadgeException(List<WalletIssue> issues) {
        super(issues.isEmpty() ? "invalid credential" : issues.getFirst().field() + ": " + issues.getFirst().message());
        this.issues = List.copyOf(issues);
    }

    public List<WalletIssue> issues() {
        return issues;
    }
}

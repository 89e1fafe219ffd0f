package org.credpath.api.wallet;

/** An Open Badges alignment of an achievement to a framework item (e.g. an ESCO skill). */
public record Alignment(String targetName, String targetUrl, String targetCode, String targetFramework) {
}

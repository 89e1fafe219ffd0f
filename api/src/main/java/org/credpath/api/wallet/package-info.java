/**
 * Open Badges 3.0 wallets: reading verifiable credentials (JSON, or the payload of a VC-JWT) into
 * the achievements and skills they attest ({@link org.credpath.api.wallet.OpenBadgesReader}).
 * Structure is checked (contexts, types, issuer, subject, achievement, results); signatures and
 * proofs are NOT verified, and every result says so.
 */
package org.credpath.api.wallet;

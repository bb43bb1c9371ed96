package io.stackbench.gate;

import io.stackbench.verify.Finding;
import java.util.Objects;

/**
 * A finding with its fingerprint, which stays the same when unrelated lines move it.
 *
 * @param fingerprint see {@link Fingerprints}
 */
public record GateFinding(Finding finding, String fingerprint) {

    public GateFinding {
        Objects.requireNonNull(finding);
        Objects.requireNonNull(fingerprint);
    }

    GateFinding withFinding(Finding replacement) {
        return new GateFinding(replacement, fingerprint);
    }
}

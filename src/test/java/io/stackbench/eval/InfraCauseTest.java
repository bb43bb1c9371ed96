package io.stackbench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class InfraCauseTest {

    @Test
    void uvThatCannotConnectToTheIndexIsTheInfrastructuresFailureNamingTheLine() {
        String log = """
                error: Failed to fetch: `https://pypi.org/simple/flask/`
                  Caused by: Request failed after 3 retries
                  Caused by: error sending request for url (https://pypi.org/simple/flask/)
                  Caused by: tcp connect error: Connection refused (os error 111)
                """;
        assertThat(InfraCause.inInstallLog("uv", log))
                .contains("Python package index unreachable during the install: error: Failed to fetch: `https://pypi.org/simple/flask/`");
    }

    @Test
    void npmThatCannotResolveTheRegistryIsTheInfrastructuresFailure() {
        String log = """
                npm error code EAI_AGAIN
                npm error syscall getaddrinfo
                npm error errno EAI_AGAIN
                npm error request to https://registry.npmjs.org/express failed, reason: getaddrinfo EAI_AGAIN registry.npmjs.org
                """;
        assertThat(InfraCause.inInstallLog("npm", log)).contains("npm registry unreachable during the install: npm error code EAI_AGAIN");
    }

    @Test
    void aRegistryServerErrorIsTheInfrastructuresFailure() {
        assertThat(InfraCause.inInstallLog("npm", "npm error code E503\nnpm error 503 Service Unavailable - GET https://registry.npmjs.org/x\n"))
                .contains("npm registry answered a server error during the install: npm error code E503");
        assertThat(InfraCause.inInstallLog("uv", "  Caused by: HTTP status server error (502 Bad Gateway) for url (https://pypi.org/simple/x/)\n"))
                .get().asString().startsWith("Python package index answered a server error");
    }

    @Test
    void aPackageThatDoesNotExistIsTheSolutionsFaultEvenBesideANetworkError() {
        assertThat(InfraCause.inInstallLog("npm", """
                npm error code E404
                npm error 404 Not Found - GET https://registry.npmjs.org/no-such-package-xyz - Not found
                """)).isEmpty();
        assertThat(InfraCause.inInstallLog("uv", """
                  × No solution found when resolving dependencies:
                  ╰─▶ Because no-such-package-xyz was not found in the package registry and you require
                      no-such-package-xyz, we can conclude that your requirements are unsatisfiable.
                """)).isEmpty();
        assertThat(InfraCause.inInstallLog("npm", "npm warn retry ECONNRESET\nnpm error code E404\n")).isEmpty();
    }

    @Test
    void aFailedBuildIsTheSolutionsFault() {
        assertThat(InfraCause.inInstallLog("uv", "error: Failed to build `broken @ file:///w`\n  Caused by: Build backend failed\n"))
                .isEmpty();
        assertThat(InfraCause.inInstallLog("npm", "npm error code ERESOLVE\nnpm error ERESOLVE unable to resolve dependency tree\n"))
                .isEmpty();
    }

    @Test
    void aFullDiskIsTheInfrastructuresFailure() {
        assertThat(InfraCause.inInstallLog("npm", "npm error code ENOSPC\nnpm error nospc ENOSPC: no space left on device, write\n"))
                .contains("disk full during the npm install: npm error code ENOSPC");
        assertThat(InfraCause.inException(new UncheckedIOException("cannot write result.json",
                new IOException("No space left on device")))).contains("disk full: No space left on device");
        assertThat(InfraCause.inException(new IllegalStateException("something else"))).isEmpty();
    }
}

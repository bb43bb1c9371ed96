package io.stackbench.runtime;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackbench.core.StackBenchException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class ExternalPostgresTest {

    @Test
    void aDatabaseThatIsDownIsAnEnvironmentErrorAtOnce() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        int port = closedPort;
        assertThatThrownBy(() -> new ExternalPostgres("postgresql://admin:secret@127.0.0.1:" + port + "/postgres"))
                .isInstanceOf(StackBenchException.class)
                .hasMessageContaining("cannot connect")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((StackBenchException) e).kind())
                        .isEqualTo(StackBenchException.Kind.ENVIRONMENT));
    }

    @Test
    void aUrlOfAnotherSchemeIsAnInputError() {
        assertThatThrownBy(() -> new ExternalPostgres("mysql://root@localhost/db"))
                .isInstanceOf(StackBenchException.class)
                .hasMessageContaining("--postgres-url must start with postgresql://");
    }
}

package io.stackbench.sandbox;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a sandbox holds: the host directories it sees, what it may reach on the network, and
 * whether it has a PostgreSQL 16 of its own.
 *
 * @param binds     host directories visible inside at {@link Bind#target()}; everything else of the
 *                  host but the toolchains is invisible
 * @param postgres  a PostgreSQL 16 of its own on localhost:5432 (role {@code user}/{@code password},
 *                  empty database {@code conduit})
 * @param hostPorts ports of the host's loopback that stay reachable under the same
 *                  {@code localhost:PORT} (a model endpoint the user runs locally); only with
 *                  {@link Network#INTERNET}
 */
public record SandboxSpec(String label, Network network, List<Bind> binds, boolean postgres, List<Integer> hostPorts) {

    public SandboxSpec {
        Objects.requireNonNull(label);
        Objects.requireNonNull(network);
        binds = List.copyOf(binds);
        hostPorts = List.copyOf(hostPorts);
        if (network == Network.LOOPBACK && !hostPorts.isEmpty()) {
            throw new IllegalArgumentException("host ports need the internet network, not loopback only: " + label);
        }
    }

    /** What the code inside may reach. */
    public enum Network {
        /** Its own loopback only: a server while it is scored. */
        LOOPBACK,
        /** Its own loopback and the internet (package registries, model APIs), never the host's loopback. */
        INTERNET
    }

    /** A host directory seen inside, read-only or writable. */
    public record Bind(Path source, Path target, boolean writable) {
        public Bind {
            source = source.toAbsolutePath().normalize();
            target = target.toAbsolutePath().normalize();
        }

        public static Bind readOnly(Path dir) {
            return new Bind(dir, dir, false);
        }

        public static Bind writable(Path dir) {
            return new Bind(dir, dir, true);
        }
    }
}

package io.stackbench.runtime;

import io.stackbench.core.StackBenchException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * A PostgreSQL server someone else runs, reached through an admin connection URL
 * ({@code postgresql://admin:secret@localhost:5432/postgres} or a {@code jdbc:postgresql:} URL).
 * Solutions still connect to localhost:5432, so the server must listen there.
 */
public final class ExternalPostgres implements PostgresServer {

    private final PostgresAdmin admin;

    public ExternalPostgres(String url) {
        this.admin = parse(url);
        if (!admin.reachable()) {
            throw StackBenchException.environment("cannot connect to the PostgreSQL admin URL given with --postgres-url");
        }
    }

    private static PostgresAdmin parse(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            return new PostgresAdmin(url, new Properties());
        }
        try {
            URI uri = URI.create(url);
            if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
                throw StackBenchException.invalidInput("--postgres-url must start with postgresql:// or jdbc:postgresql:, got " + uri.getScheme() + "://…");
            }
            Properties credentials = new Properties();
            if (uri.getRawUserInfo() != null) {
                String[] parts = uri.getRawUserInfo().split(":", 2);
                credentials.setProperty("user", URLDecoder.decode(parts[0], StandardCharsets.UTF_8));
                if (parts.length > 1) {
                    credentials.setProperty("password", URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
                }
            }
            String database = uri.getPath() == null || uri.getPath().length() <= 1 ? "/postgres" : uri.getPath();
            int port = uri.getPort() > 0 ? uri.getPort() : PORT;
            return new PostgresAdmin("jdbc:postgresql://" + uri.getHost() + ":" + port + database, credentials);
        } catch (IllegalArgumentException e) {
            throw StackBenchException.invalidInput("--postgres-url is not a URL: " + e.getMessage());
        }
    }

    @Override
    public void resetConduitDatabase() {
        admin.resetConduitDatabase();
    }

    @Override
    public void ensureConduitDatabase() {
        admin.ensureConduitDatabase();
    }

    @Override
    public String version() {
        return admin.version();
    }

    @Override
    public void close() {
        // Not ours to stop.
    }
}

package io.stackbench.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Links from a report to a run's files, relative to the directory the report is written to, so
 * the report and the results tree can move together.
 */
public record RunLinks(Path reportDirectory) {

    public RunLinks {
        reportDirectory = reportDirectory.toAbsolutePath().normalize();
    }

    /** The relative URL of {@code file} (e.g. {@code logs/server.log}) in {@code run}'s directory. */
    String to(Run run, String file) {
        Path relative = reportDirectory.relativize(run.dir().resolve(file));
        String path = relative.toString().replace(java.io.File.separatorChar, '/');
        try {
            return new URI(null, null, path, null).getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot link to " + path, e);
        }
    }
}

package io.stackbench.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Links from a report to a run's files, relative to the directory the report is written to, so
 * the report and the results tree can move together.
 *
 * @param runPages whether each run has its own page beside the report ({@link RunPages}), so the
 *                 run table can link to it; only when the report is written to a file
 */
public record RunLinks(Path reportDirectory, boolean runPages) {

    public RunLinks {
        reportDirectory = reportDirectory.toAbsolutePath().normalize();
    }

    /** Links for a report without run pages (written to standard output, or not HTML). */
    public RunLinks(Path reportDirectory) {
        this(reportDirectory, false);
    }

    /** The relative URL of {@code file} (e.g. {@code logs/server.log}) in {@code run}'s directory. */
    String to(Run run, String file) {
        return url(reportDirectory.relativize(run.dir().resolve(file)));
    }

    /** The relative URL of {@code run}'s page, when the report has run pages. */
    Optional<String> page(Run run) {
        return runPages ? Optional.of(url(RunPages.pagePath(run))) : Optional.empty();
    }

    /** The relative URL of {@code target} (absolute) from the report's directory. */
    String toFile(Path target) {
        return url(reportDirectory.relativize(target.toAbsolutePath().normalize()));
    }

    private static String url(Path relative) {
        String path = relative.toString().replace(java.io.File.separatorChar, '/');
        try {
            return new URI(null, null, path, null).getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot link to " + path, e);
        }
    }
}

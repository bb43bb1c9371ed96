package io.stackbench.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the symbolic links in a workspace really lead. Reading one link's target is not enough:
 * in the chain {@code x -> .}, {@code p1 -> x/..}, {@code p2 -> p1/..}, … every target looks
 * local, yet each link climbs one level out. So links are resolved by the file system
 * ({@link Path#toRealPath}), the whole chain, against the workspace's own real path.
 */
final class WorkspaceLinks {

    /** How many offending links a message lists; the rest are counted. */
    private static final int LISTED = 5;

    private WorkspaceLinks() {
    }

    /**
     * Describes every link under {@code dir} (absolute and normalised) that leads outside it,
     * leads nowhere (also through a missing intermediate directory) or loops; empty when none does.
     */
    static Optional<String> describeEscapes(Path dir) {
        Path root = realPath(dir);
        List<String> problems = new ArrayList<>();
        // Files.walk does not follow links: it lists them, it never enters where they lead.
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path link : walk.filter(Files::isSymbolicLink).sorted().toList()) {
                escape(dir, root, link).ifPresent(problems::add);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("cannot inspect the links in " + dir, asIo(e));
        }
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        String listed = String.join("; ", problems.subList(0, Math.min(LISTED, problems.size())));
        return Optional.of(problems.size() > LISTED ? listed + "; and " + (problems.size() - LISTED) + " more" : listed);
    }

    /**
     * The real location of {@code file} in {@code dir}, all links followed; empty when it is
     * outside {@code dir}, missing or unresolvable, so a caller never acts on what lies beyond.
     */
    static Optional<Path> realPathInside(Path dir, Path file) {
        try {
            Path real = file.toRealPath();
            return real.startsWith(realPath(dir)) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> escape(Path dir, Path root, Path link) throws IOException {
        String name = dir.relativize(link).toString();
        Path target = Files.readSymbolicLink(link);
        // The lexical check is cheap and names the target as written; the real one is the truth.
        if (!link.getParent().resolve(target).normalize().startsWith(dir)) {
            return Optional.of(name + " is a symbolic link to " + target + ", outside the workspace");
        }
        try {
            Path real = link.toRealPath();
            if (!real.startsWith(root)) {
                return Optional.of(name + " is a symbolic link to " + target + " that resolves to " + real
                        + ", outside the workspace");
            }
            return Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.of(name + " is a symbolic link to " + target + " that leads nowhere (a link in its chain dangles)");
        } catch (FileSystemException e) {
            // ELOOP: "Too many levels of symbolic links", a loop.
            return Optional.of(name + " is a symbolic link to " + target + " that does not resolve (" + e.getReason() + ")");
        }
    }

    private static Path realPath(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve workspace " + dir, e);
        }
    }

    private static IOException asIo(Exception e) {
        return e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
    }
}

package io.stackbench.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Compares two directory trees file by file, byte for byte. */
final class Trees {

    private Trees() {
    }

    /** The first differences between the trees under {@code a} and {@code b}, or empty when they are equal. */
    static Optional<String> difference(Path a, Path b) {
        Set<String> filesA = files(a);
        Set<String> filesB = files(b);
        Set<String> differing = new TreeSet<>();
        for (String name : filesA) {
            if (!filesB.contains(name)) {
                differing.add(name + " (only in " + a.getFileName() + ")");
            } else if (!sameBytes(a.resolve(name), b.resolve(name))) {
                differing.add(name + " (content differs)");
            }
        }
        filesB.stream().filter(name -> !filesA.contains(name)).forEach(name -> differing.add(name + " (only in " + b.getFileName() + ")"));
        return differing.isEmpty() ? Optional.empty()
                : Optional.of(differing.size() + " files differ: " + differing.stream().limit(5).collect(Collectors.joining(", ")));
    }

    private static Set<String> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString())
                    .filter(name -> !name.startsWith(".git/")).collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    private static boolean sameBytes(Path x, Path y) {
        try {
            return Files.mismatch(x, y) == -1;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compare " + x + " and " + y, e);
        }
    }
}

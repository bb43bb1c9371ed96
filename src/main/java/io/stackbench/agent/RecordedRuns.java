package io.stackbench.agent;

import io.stackbench.core.StackBenchException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The recorded runs under a directory, in one of two layouts:
 * <ul>
 *   <li>{@link Layout#STACKBENCH}: a results tree, {@code DIR/<agent>/<model>/<task>/run_<n>/};</li>
 *   <li>{@link Layout#STUDY}: the study's released patches,
 *       {@code DIR/<runtime>/<agent>/<model>/<task>/<date>/run_<n>/*.patch}; when several dates
 *       hold the same run, the latest (ISO dates sort by name) is the one kept.</li>
 * </ul>
 */
final class RecordedRuns {

    /** How the tree is laid out, which decides where a run keeps its solution. */
    enum Layout { STACKBENCH, STUDY }

    /** Who produced a run, as the tree's directory names say. */
    record Producer(String agent, String model) {
        @Override
        public String toString() {
            return agent + "/" + model;
        }
    }

    /** One recorded run's directory. */
    record Run(Producer producer, String task, int run, Path dir) {
    }

    private static final Pattern RUN = Pattern.compile("run_(\\d+)");

    private final Path root;
    private final Layout layout;
    private final List<Run> runs;

    private RecordedRuns(Path root, Layout layout, List<Run> runs) {
        this.root = root;
        this.layout = layout;
        this.runs = List.copyOf(runs);
    }

    /** Finds the runs under {@code root} and which layout holds them. */
    static RecordedRuns scan(Path root) {
        Path dir = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw StackBenchException.invalidInput("replay directory " + root + " does not exist");
        }
        List<Run> results = new ArrayList<>();
        for (Path agent : dirs(dir)) {
            for (Path model : dirs(agent)) {
                for (Path task : dirs(model)) {
                    runsIn(task).forEach((n, run) -> results.add(new Run(producer(agent, model), name(task), n, run)));
                }
            }
        }
        Map<String, Run> released = new TreeMap<>();
        for (Path runtime : dirs(dir)) {
            for (Path agent : dirs(runtime)) {
                for (Path model : dirs(agent)) {
                    for (Path task : dirs(model)) {
                        for (Path date : dirs(task)) {
                            runsIn(date).forEach((n, run) -> released.merge(name(agent) + "|" + name(model) + "|" + name(task) + "|" + n,
                                    new Run(producer(agent, model), name(task), n, run), RecordedRuns::later));
                        }
                    }
                }
            }
        }
        if (!results.isEmpty() && !released.isEmpty()) {
            throw StackBenchException.invalidInput("replay directory " + root + " mixes a StackBench results tree "
                    + "(<agent>/<model>/<task>/run_<n>) with the study's layout (<runtime>/<agent>/<model>/<task>/<date>/run_<n>); "
                    + "point replay at one of them");
        }
        if (results.isEmpty() && released.isEmpty()) {
            throw StackBenchException.invalidInput("no recorded runs in " + root + "; replay reads a StackBench results tree "
                    + "(DIR/<agent>/<model>/<task>/run_<n>/) or the study's released patches "
                    + "(DIR/<runtime>/<agent>/<model>/<task>/<date>/run_<n>/*.patch)");
        }
        return results.isEmpty() ? new RecordedRuns(dir, Layout.STUDY, List.copyOf(released.values()))
                : new RecordedRuns(dir, Layout.STACKBENCH, results);
    }

    Path root() {
        return root;
    }

    Layout layout() {
        return layout;
    }

    /** Every (agent, model) with runs in the tree, sorted. */
    List<Producer> producers() {
        return runs.stream().map(Run::producer).collect(java.util.stream.Collectors.toCollection(
                () -> new TreeSet<>(Comparator.comparing(Producer::toString)))).stream().toList();
    }

    /** The run's directory, if {@code producer} recorded run {@code run} of {@code task}. */
    Optional<Path> find(Producer producer, String task, int run) {
        return runs.stream().filter(r -> r.producer().equals(producer) && r.task().equals(task) && r.run() == run)
                .map(Run::dir).findFirst();
    }

    private static Run later(Run a, Run b) {
        return name(a.dir().getParent()).compareTo(name(b.dir().getParent())) >= 0 ? a : b;
    }

    private static Producer producer(Path agent, Path model) {
        return new Producer(name(agent), name(model));
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }

    private static Map<Integer, Path> runsIn(Path dir) {
        Map<Integer, Path> out = new TreeMap<>();
        for (Path child : dirs(dir)) {
            Matcher m = RUN.matcher(name(child));
            if (m.matches()) {
                out.put(Integer.parseInt(m.group(1)), child);
            }
        }
        return out;
    }

    private static List<Path> dirs(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}

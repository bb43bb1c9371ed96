package io.stackbench.datalayer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stackbench.runtime.ProcessRunner;
import io.stackbench.task.Constraint;
import io.stackbench.task.Task;
import io.stackbench.verify.VerifyReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runtime data-layer checks: what a server really did to its database while it was scored. For
 * a sealed run, StackBench's request marker stands in front of the server during the suite, the
 * sandbox's PostgreSQL logs every statement, a probe measures the list endpoints at two dataset
 * sizes, and the runtime rules ({@code runtime.*}) judge the lot.
 */
public final class DataLayer {

    /** The captured statements, one JSON line each, in the run directory. */
    public static final String STATEMENTS_FILE = "sql.jsonl";

    /** The runtime rules' ids, in the order verdicts list them (docs/rules/&lt;id&gt;.md). */
    public static final List<String> RULES = java.util.Arrays.stream(RuntimeRule.values()).map(RuntimeRule::id).toList();

    private static final int MAX_STATEMENT_CHARS = 8192;

    private final ProcessRunner runner;
    private final ObjectMapper json;

    public DataLayer(ProcessRunner runner, ObjectMapper json) {
        this.runner = runner;
        this.json = json;
    }

    /**
     * Where the server runs, as the evaluation knows it.
     *
     * @param sealed        whether it runs in a sandbox; only sealed runs are watched
     * @param networkEntry  the prefix that puts StackBench's own programs into the server's network
     * @param statementLog  the sandbox's PostgreSQL statement log, if it has a PostgreSQL
     * @param writableAreas the host directories the server could write to
     * @param since         when the server's sandbox opened: files older than that are not its own
     */
    public record Server(boolean sealed, List<String> networkEntry, int port, Optional<Path> statementLog,
                         List<Path> writableAreas, Instant since) {
        public Server {
            networkEntry = List.copyOf(networkEntry);
            writableAreas = List.copyOf(writableAreas);
        }
    }

    /** Starts watching {@code server} for {@code task}; call it once the server is healthy. */
    public Watch watch(Task task, Server server, Path runDir) {
        return new Watch(task, server, runDir.toAbsolutePath().normalize());
    }

    /** One run's watch: the marker in front of the server for the suite, then the examination. */
    public final class Watch implements AutoCloseable {

        private final Task task;
        private final Server server;
        private final Path runDir;
        private final Path work;
        private Optional<RequestMarker> marker = Optional.empty();
        private String unwatched = "";

        private Watch(Task task, Server server, Path runDir) {
            this.task = task;
            this.server = server;
            this.runDir = runDir;
            this.work = runDir.resolve("logs").resolve("data-layer");
            if (!server.sealed()) {
                unwatched = "the run was not sealed (--isolation none): StackBench cannot watch a database it shares";
                return;
            }
            try {
                Files.createDirectories(work);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create " + work, e);
            }
            if (server.statementLog().isPresent()) {
                marker = RequestMarker.start(runner, server.networkEntry(), server.port(), work);
                if (marker.isEmpty()) {
                    unwatched = "StackBench's request marker could not listen on port " + RequestMarker.PORT
                            + " of the sandbox (see logs/data-layer/marker.log)";
                }
            }
        }

        /** The base URL the suite calls: the marker's when it runs, else the server's own. */
        public String url() {
            return marker.map(RequestMarker::url).orElse("http://localhost:" + server.port());
        }

        /**
         * Stops the marker, runs the probe, reads the statement log and the SQLite files, writes
         * {@value #STATEMENTS_FILE} and judges. Call it after the suite, with the server still up.
         *
         * @param apiUrl       the server's API base URL, for the probe
         * @param newmanReport the suite's report, which names the requests in the order they ran
         */
        public DataLayerReport examine(String apiUrl, Path newmanReport) {
            long started = System.nanoTime();
            String database = task.database().map(Constraint::id).orElse("none");
            marker.ifPresent(RequestMarker::close);
            if (!server.sealed()) {
                return DataLayerReport.notChecked(database, unwatched);
            }
            boolean postgres = task.database().filter(Constraint.POSTGRES::equals).isPresent();
            List<Window> windows = new ArrayList<>();
            marker.ifPresent(m -> windows.addAll(Attribution.suite(newmanReport, m.marks(json), json)));
            List<Window> suite = List.copyOf(windows);
            Optional<Probe.Outcome> probe = Optional.empty();
            if (postgres) {
                probe = Optional.of(Probe.run(runner, server.networkEntry(), apiUrl, work, json));
                windows.addAll(probe.get().windows());
            }
            List<Statement> statements = server.statementLog().map(log -> StatementLog.read(log, json)).orElse(List.of());
            Attribution attribution = new Attribution(windows);
            List<Optional<Window>> calls = statements.stream().map(attribution::of).toList();
            writeStatements(statements, calls, suite.isEmpty() ? Optional.empty() : Optional.of(suite.get(0).start()));
            // Without a required database no rule reads the SQLite files: they are not looked for.
            List<SqliteFiles.Database> sqlite = task.database().isEmpty() ? List.of()
                    : SqliteFiles.find(server.writableAreas(), server.since(), work.resolve("sqlite-copies"), runner, json);
            List<DataLayerReport.ProbeEndpoint> endpoints = probe.map(p -> endpoints(p, statements, calls)).orElse(List.of());
            Judgement judgement = new Judgement(task.database(), task.constraints().dimension(Constraint.Kind.ORM), statements,
                    calls, sqlite, runDir);
            List<VerifyReport.Verdict> verdicts = judgement.verdicts(probe, endpoints);
            int inSuite = (int) calls.stream().filter(c -> c.filter(w -> w.phase().equals("suite")).isPresent()).count();
            String reason = postgres ? (statements.size() >= StatementLog.MAX_STATEMENTS
                    ? "only the first " + StatementLog.MAX_STATEMENTS + " statements were read. " : "") + unwatched
                    : task.database().isPresent() ? "statements are captured on PostgreSQL tasks only; the SQLite files the"
                            + " server wrote were examined" : "the task requires no database";
            return new DataLayerReport(true, reason, database, postgres && server.statementLog().isPresent(),
                    postgres ? inSuite : 0, requests(suite, statements, calls), endpoints, verdicts,
                    Math.round((System.nanoTime() - started) / 1e6) / 1000.0);
        }

        @Override
        public void close() {
            marker.ifPresent(RequestMarker::close);
        }

        private void writeStatements(List<Statement> statements, List<Optional<Window>> calls, Optional<Double> suiteStart) {
            Path file = runDir.resolve(STATEMENTS_FILE);
            // One line per statement, whatever the mapper's indentation.
            com.fasterxml.jackson.databind.ObjectWriter writer = json.writer()
                    .without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (int i = 0; i < statements.size(); i++) {
                    Statement s = statements.get(i);
                    ObjectNode line = json.createObjectNode();
                    Optional<Window> call = calls.get(i);
                    // Outside every call: before the suite (start-up, health checks), after it began
                    // (work a server defers), or unknown when the suite was not marked.
                    line.put("phase", call.map(Window::phase).orElse(suiteStart.map(t -> s.endMillis() < t ? "startup" : "between")
                            .orElse("unattributed")));
                    call.ifPresent(w -> {
                        line.put("request", w.request());
                        line.put("index", w.index());
                    });
                    // A statement of megabytes (a bulk insert) is kept to its start: the shape is what matters.
                    line.put("statement", s.sql().length() <= MAX_STATEMENT_CHARS ? s.sql()
                            : s.sql().substring(0, MAX_STATEMENT_CHARS) + "…");
                    s.durationMs().ifPresent(d -> line.put("durationMs", d));
                    s.error().ifPresent(e -> line.put("error", e));
                    line.put("at", Instant.ofEpochMilli((long) s.endMillis()).toString());
                    out.write(writer.writeValueAsString(line));
                    out.write('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
        }
    }

    private static List<DataLayerReport.RequestStatements> requests(List<Window> suite, List<Statement> statements,
                                                                    List<Optional<Window>> calls) {
        Map<Window, int[]> counts = new LinkedHashMap<>();
        Map<Window, double[]> millis = new LinkedHashMap<>();
        suite.forEach(w -> {
            counts.put(w, new int[1]);
            millis.put(w, new double[1]);
        });
        for (int i = 0; i < statements.size(); i++) {
            Optional<Window> w = calls.get(i).filter(counts::containsKey);
            if (w.isPresent()) {
                counts.get(w.get())[0]++;
                millis.get(w.get())[0] += statements.get(i).durationMs().orElse(0.0);
            }
        }
        return suite.stream().map(w -> new DataLayerReport.RequestStatements(w.index(), w.request(), w.method(), w.path(),
                counts.get(w)[0], Math.round(millis.get(w)[0] * 1000) / 1000.0)).toList();
    }

    /**
     * Each measured endpoint's statement counts at both sizes: the smaller of its two calls at each,
     * of the statements that touch data.
     */
    private static List<DataLayerReport.ProbeEndpoint> endpoints(Probe.Outcome probe, List<Statement> statements,
                                                                 List<Optional<Window>> calls) {
        Map<String, Integer> perCall = new LinkedHashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).touchesData()) {
                calls.get(i).filter(w -> w.phase().equals("probe")).ifPresent(w -> perCall.merge(w.request(), 1, Integer::sum));
            }
        }
        Map<String, List<RequestMarker.Mark>> byEndpoint = new LinkedHashMap<>();
        probe.measured().forEach(m -> byEndpoint.computeIfAbsent(m.fields().path("endpoint").asText(), k -> new ArrayList<>())
                .add(m));
        List<DataLayerReport.ProbeEndpoint> out = new ArrayList<>();
        byEndpoint.forEach((endpoint, marks) -> {
            int[] items = {-1, -1};
            int[] counts = {Integer.MAX_VALUE, Integer.MAX_VALUE};
            List<String> problems = new ArrayList<>();
            for (RequestMarker.Mark m : marks) {
                int size = m.fields().path("size").asInt();
                int slot = size == Probe.SMALL ? 0 : 1;
                int returned = m.fields().path("items").isInt() ? m.fields().path("items").asInt() : -1;
                int status = m.fields().path("status").asInt();
                if (status != 200 || returned != size) {
                    problems.add("at " + size + " items it answered " + status + " with "
                            + (returned < 0 ? "no list" : returned + " items"));
                }
                items[slot] = returned;
                String label = Probe.label(endpoint, size, m.fields().path("repeat").asInt());
                counts[slot] = Math.min(counts[slot], perCall.getOrDefault(label, 0));
            }
            boolean complete = counts[0] != Integer.MAX_VALUE && counts[1] != Integer.MAX_VALUE;
            Optional<String> note = !problems.isEmpty() ? Optional.of(problems.get(0))
                    : complete ? Optional.empty() : Optional.of("not called at both sizes");
            out.add(new DataLayerReport.ProbeEndpoint(endpoint, Math.max(items[0], 0), complete ? counts[0] : 0,
                    Math.max(items[1], 0), complete ? counts[1] : 0, note));
        });
        return out;
    }
}

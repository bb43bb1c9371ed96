package io.stackbench.datalayer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which call each statement belongs to. Calls are sequential (newman runs one request at a time,
 * so does the probe), so a statement belongs to the call in flight when it completed; one that
 * completed outside every call (migrations at start-up, health checks, work a server defers) to
 * none.
 */
final class Attribution {

    private final List<Window> windows;

    Attribution(List<Window> windows) {
        this.windows = windows.stream().sorted(Comparator.comparingDouble(Window::start)).toList();
    }

    /** The call {@code statement} completed in. */
    Optional<Window> of(Statement statement) {
        // The last call that began before the statement ended, if the statement ended before it did.
        int lo = 0;
        int hi = windows.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (Math.floor(windows.get(mid).start()) <= statement.endMillis()) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found >= 0 && windows.get(found).holds(statement.endMillis()) ? Optional.of(windows.get(found))
                : Optional.empty();
    }

    /**
     * The suite's requests as windows: newman's report names them in the order they ran, the
     * marker's marks time them. A mark the report does not explain (a redirect followed) widens the
     * request before it.
     */
    static List<Window> suite(Path newmanReport, List<RequestMarker.Mark> marks, ObjectMapper json) {
        List<String[]> executions = executions(newmanReport, json);
        List<Window> windows = new ArrayList<>();
        int m = 0;
        for (String[] execution : executions) {
            int match = -1;
            for (int j = m; j < marks.size() && j < m + 4; j++) {
                if (marks.get(j).method().equals(execution[1]) && marks.get(j).path().equals(execution[2])) {
                    match = j;
                    break;
                }
            }
            if (match < 0) {
                if (m >= marks.size()) {
                    break;
                }
                match = m;
            }
            if (!windows.isEmpty() && match > m) {
                Window last = windows.remove(windows.size() - 1);
                windows.add(new Window(last.phase(), last.request(), last.index(), last.method(), last.path(), last.start(),
                        marks.get(match - 1).end()));
            }
            RequestMarker.Mark mark = marks.get(match);
            windows.add(new Window("suite", execution[0], windows.size(), execution[1], mark.fullPath(), mark.start(),
                    mark.end()));
            m = match + 1;
        }
        return windows;
    }

    /** Name, method and path of each request newman ran, in order. */
    private static List<String[]> executions(Path report, ObjectMapper json) {
        List<String[]> out = new ArrayList<>();
        JsonNode root;
        try {
            root = Files.isRegularFile(report) ? json.readTree(report.toFile()) : null;
        } catch (IOException e) {
            return out;
        }
        if (root == null) {
            return out;
        }
        root.path("run").path("executions").forEach(e -> {
            List<String> segments = new ArrayList<>();
            e.path("request").path("url").path("path").forEach(p -> segments.add(p.asText()));
            out.add(new String[] {e.path("item").path("name").asText("?"), e.path("request").path("method").asText("GET"),
                "/" + String.join("/", segments)});
        });
        return out;
    }
}

package io.stackbench.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.eval.RunResult;
import io.stackbench.task.Task;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** One JSON object per line and event, for scripts and dashboards that follow a sweep. */
public final class JsonLinesProgress implements ProgressListener {

    private final PrintWriter out;
    private final ObjectMapper json = new ObjectMapper();

    public JsonLinesProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void started(Task task, int run, int done, int total) {
        emit(Map.of("event", "started", "task", task.id(), "run", run, "done", done, "total", total));
    }

    @Override
    public void finished(Task task, int run, RunResult result, boolean reused, int done, int total) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("event", "finished");
        event.put("task", task.id());
        event.put("run", run);
        event.put("assertPercent", result.assertPercent());
        event.put("strictAssertPercent", result.strictAssertPercent());
        event.put("outcome", result.outcome());
        event.put("seconds", result.seconds());
        event.put("reused", reused);
        event.put("done", done);
        event.put("total", total);
        emit(event);
    }

    private void emit(Map<String, Object> event) {
        try {
            out.println(json.writeValueAsString(new java.util.TreeMap<>(event)));
            out.flush();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.stackbench.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.eval.RunResult;
import io.stackbench.task.Task;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** One JSON object per line and event, for scripts and dashboards that follow a sweep. */
public final class JsonLinesProgress implements ProgressListener {

    private final PrintWriter out;
    private final ObjectMapper json = new ObjectMapper();

    public JsonLinesProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void started(Task task, int run, Stage stage, Tally tally) {
        Map<String, Object> event = event("started", task, run, tally);
        event.put("stage", stage.name().toLowerCase(Locale.ROOT));
        emit(event);
    }

    @Override
    public void finished(Task task, int run, RunResult result, boolean reused, Tally tally) {
        Map<String, Object> event = event("finished", task, run, tally);
        event.put("assertPercent", result.assertPercent());
        event.put("strictAssertPercent", result.strictAssertPercent());
        event.put("outcome", result.outcome());
        event.put("seconds", result.seconds());
        event.put("reused", reused);
        result.generation().ifPresent(g -> event.put("exitReason", g.exitReason()));
        emit(event);
    }

    @Override
    public void infra(Task task, int run, String phase, String cause, java.util.Optional<java.time.Duration> retryIn, Tally tally) {
        Map<String, Object> event = event("infra", task, run, tally);
        event.put("phase", phase);
        event.put("cause", cause);
        event.put("retrying", retryIn.isPresent());
        retryIn.ifPresent(wait -> event.put("retryInSeconds", wait.toMillis() / 1000.0));
        emit(event);
    }

    @Override
    public void notStarted(Task task, int run, String reason, Tally tally) {
        Map<String, Object> event = event("not-started", task, run, tally);
        event.put("reason", reason);
        emit(event);
    }

    private static Map<String, Object> event(String name, Task task, int run, Tally tally) {
        Map<String, Object> event = new TreeMap<>();
        event.put("event", name);
        event.put("task", task.id());
        event.put("run", run);
        event.put("done", tally.done());
        event.put("total", tally.total());
        event.put("failed", tally.failed());
        event.put("infra", tally.infra());
        tally.etaSeconds().ifPresent(eta -> event.put("etaSeconds", Math.round(eta)));
        return event;
    }

    private synchronized void emit(Map<String, Object> event) {
        try {
            out.println(json.writeValueAsString(event));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.stackbench.diagnose;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes run directories of a results tree as evaluation leaves them: result.json, assertions.json, the server log. */
final class RunDirs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RunDirs() {
    }

    /** A run whose server started and whose suite failed one request with {@code got} instead of {@code expected}. */
    static Path failedRun(Path tree, String run, String request, int got, int expected, String serverLog) throws IOException {
        Path dir = tree.resolve("openai/gpt-x/flask-openapi-sqlite").resolve(run);
        Files.createDirectories(dir.resolve("logs"));
        ObjectNode result = JSON.createObjectNode().put("success", false);
        result.putObject("task").put("id", "flask-openapi-sqlite").put("framework", "flask").put("runtime", "python");
        ArrayNode phases = result.putArray("phases");
        phases.addObject().put("name", "start").put("status", "PASSED");
        phases.addObject().put("name", "suite").put("status", "FAILED").put("message", "1 assertion failed");
        result.putArray("verifiers").addObject().put("verifier", "orm").put("passed", true).putArray("findings");
        JSON.writeValue(dir.resolve("result.json").toFile(), result);
        String[] parts = request.split(" ", 3);
        ArrayNode assertions = JSON.createArrayNode();
        assertions.addObject().put("request", request + " [" + parts[0] + " /api" + parts[1] + "]")
                .put("assertion", "status → " + expected).put("passed", false)
                .put("error", "HTTP status: expected " + got + " to equal " + expected).put("status", got);
        JSON.writeValue(dir.resolve("assertions.json").toFile(), assertions);
        Files.writeString(dir.resolve("logs/server.log"), serverLog);
        return dir;
    }

    static Path passedRun(Path tree, String run) throws IOException {
        Path dir = tree.resolve("openai/gpt-x/flask-openapi-sqlite").resolve(run);
        Files.createDirectories(dir);
        ObjectNode result = JSON.createObjectNode().put("success", true);
        result.putObject("task").put("id", "flask-openapi-sqlite").put("framework", "flask").put("runtime", "python");
        JSON.writeValue(dir.resolve("result.json").toFile(), result);
        return dir;
    }
}

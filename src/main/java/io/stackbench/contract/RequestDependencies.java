package io.stackbench.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.core.StackBenchException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which collection variables each request of a suite captures (sets) and uses, read from the
 * {@code "stackbench": {"captures": [...], "uses": [...]}} field that {@code suite/build-suite.mjs}
 * puts on every item. A collection without the field has no dependencies: every failure is a root.
 *
 * @param requests by item name
 */
record RequestDependencies(Map<String, Request> requests) {

    /** One request's variables. */
    record Request(List<String> captures, List<String> uses) {

        static final Request NONE = new Request(List.of(), List.of());

        Request {
            captures = List.copyOf(captures);
            uses = List.copyOf(uses);
        }
    }

    static final RequestDependencies NONE = new RequestDependencies(Map.of());

    RequestDependencies {
        requests = Map.copyOf(requests);
    }

    Request of(String requestName) {
        return requests.getOrDefault(requestName, Request.NONE);
    }

    static RequestDependencies read(Path collection, ObjectMapper json) {
        try {
            return of(json.readTree(collection.toFile()));
        } catch (IOException e) {
            throw StackBenchException.unexpectedState("the suite " + collection + " is not readable JSON: " + e.getMessage(), e);
        }
    }

    static RequestDependencies of(JsonNode collection) {
        Map<String, Request> requests = new LinkedHashMap<>();
        collect(collection.path("item"), requests);
        return new RequestDependencies(requests);
    }

    private static void collect(JsonNode items, Map<String, Request> out) {
        for (JsonNode item : items) {
            if (item.has("item")) {
                collect(item.path("item"), out);
            } else if (item.has("stackbench")) {
                JsonNode deps = item.path("stackbench");
                out.put(item.path("name").asText(), new Request(texts(deps.path("captures")), texts(deps.path("uses"))));
            }
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}

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
import java.util.Optional;

/**
 * What StackBench knows of each request of a suite, read from the {@code "stackbench"} field that
 * {@code suite/build-suite.mjs} puts on every item: the collection variables it captures (sets)
 * and uses, the contract operation it calls, the feature it checks, the operations whose effect
 * it checks besides its own ({@code requires}) and its assertions that check another feature. A
 * collection without the field knows none of this: every failure is a root, and no assertion
 * belongs to an operation or a feature.
 *
 * @param requests by item name
 */
record SuiteItems(Map<String, Request> requests) {

    /** One request's variables and tags. */
    record Request(List<String> captures, List<String> uses, Optional<String> operation, Optional<String> feature,
                   List<String> requires, Map<String, String> assertionFeatures) {

        static final Request NONE = new Request(List.of(), List.of(), Optional.empty(), Optional.empty(), List.of(), Map.of());

        Request {
            captures = List.copyOf(captures);
            uses = List.copyOf(uses);
            requires = List.copyOf(requires);
            assertionFeatures = Map.copyOf(assertionFeatures);
        }

        /** The feature one of its assertions checks: its own if it names one, else the request's. */
        Optional<String> featureOf(String assertion) {
            return Optional.ofNullable(assertionFeatures.get(assertion)).or(() -> feature);
        }
    }

    static final SuiteItems NONE = new SuiteItems(Map.of());

    SuiteItems {
        requests = Map.copyOf(requests);
    }

    Request of(String requestName) {
        return requests.getOrDefault(requestName, Request.NONE);
    }

    static SuiteItems read(Path collection, ObjectMapper json) {
        try {
            return of(json.readTree(collection.toFile()));
        } catch (IOException e) {
            throw StackBenchException.unexpectedState("the suite " + collection + " is not readable JSON: " + e.getMessage(), e);
        }
    }

    static SuiteItems of(JsonNode collection) {
        Map<String, Request> requests = new LinkedHashMap<>();
        collect(collection.path("item"), requests);
        return new SuiteItems(requests);
    }

    private static void collect(JsonNode items, Map<String, Request> out) {
        for (JsonNode item : items) {
            if (item.has("item")) {
                collect(item.path("item"), out);
            } else if (item.has("stackbench")) {
                JsonNode deps = item.path("stackbench");
                Map<String, String> assertionFeatures = new LinkedHashMap<>();
                deps.path("assertionFeatures").fields().forEachRemaining(e -> assertionFeatures.put(e.getKey(), e.getValue().asText()));
                out.put(item.path("name").asText(), new Request(texts(deps.path("captures")), texts(deps.path("uses")),
                        text(deps.path("operation")), text(deps.path("feature")), texts(deps.path("requires")), assertionFeatures));
            }
        }
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText()) : Optional.empty();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}

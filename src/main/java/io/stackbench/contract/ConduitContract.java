package io.stackbench.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.stackbench.core.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The RealWorld "Conduit" OpenAPI contract (MIT licence, notice kept in {@code info.license}),
 * exactly as the study embedded it in its prompts.
 */
public final class ConduitContract {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final String text;

    private ConduitContract(String text) {
        this.text = text;
    }

    public static ConduitContract load() {
        return new ConduitContract(Resources.text(ConduitContract.class, "conduit-openapi.yml"));
    }

    /** The document, byte for byte. */
    public String text() {
        return text;
    }

    /** Every operation as "METHOD /path", in document order. */
    public List<String> operations() {
        try {
            JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(text).path("paths");
            List<String> operations = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                path.getValue().fieldNames().forEachRemaining(method -> {
                    if (METHODS.contains(method)) {
                        operations.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
                    }
                });
            }
            return operations;
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled contract is not valid YAML", e);
        }
    }
}

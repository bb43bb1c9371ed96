package io.stackbench.verify;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The four layers of the clean architecture constraint, highest first, with the folder names that count as each. */
enum Layer {
    ROUTES(3, List.of("routes", "route", "handlers", "routers", "router", "controllers", "controller", "views")),
    SERVICES(2, List.of("services", "service", "usecases", "use_cases", "use-cases")),
    REPOSITORIES(1, List.of("repositories", "repository", "repos", "dao", "data_access", "data-access", "dataaccess")),
    MODELS(0, List.of("models", "model", "entities", "entity", "domain"));

    final int rank;
    final List<String> folders;

    Layer(int rank, List<String> folders) {
        this.rank = rank;
        this.folders = folders;
    }

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Built-in aliases plus the project's own names for this layer. */
    List<String> folders(Map<String, List<String>> extra) {
        List<String> all = new java.util.ArrayList<>(folders);
        extra.getOrDefault(label(), List.of()).forEach(f -> all.add(f.toLowerCase(java.util.Locale.ROOT)));
        return all;
    }

    /** The layer of a file: the innermost folder on its path that names a layer. */
    static Optional<Layer> of(String path, Map<String, List<String>> extra) {
        String[] parts = path.split("/");
        for (int i = parts.length - 2; i >= 0; i--) {
            String folder = parts[i].toLowerCase(java.util.Locale.ROOT);
            for (Layer layer : values()) {
                if (layer.folders(extra).contains(folder)) {
                    return Optional.of(layer);
                }
            }
        }
        return Optional.empty();
    }
}

package io.stackbench.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The four layers of the clean architecture constraint, highest first, with the names real teams
 * give them: clean (use cases, entities), hexagonal (adapters in and out), onion, DDD
 * (presentation, application, domain, infrastructure's persistence) and feature-sliced files
 * ({@code articles.controller.ts}, Django's {@code views.py}).
 */
enum Layer {
    ROUTES(3, List.of("routes", "route", "handlers", "handler", "routers", "router", "controllers", "controller", "views",
            "endpoints", "endpoint", "presentation", "http", "web", "rest", "delivery", "transport", "graphql", "resolvers",
            "blueprints", "apis"),
            Set.of("controller", "controllers", "routes", "route", "router", "routers", "views", "urls", "endpoints",
                    "endpoint", "resolver", "resolvers", "handlers")),
    SERVICES(2, List.of("services", "service", "usecases", "use_cases", "use-cases", "usecase", "use_case", "application",
            "interactors", "interactor", "app_services", "domain_services", "business", "logic"),
            Set.of("service", "services", "usecase", "usecases", "interactor")),
    REPOSITORIES(1, List.of("repositories", "repository", "repos", "repo", "dao", "daos", "data_access", "data-access",
            "dataaccess", "persistence", "gateways", "gateway", "stores", "selectors", "dal"),
            Set.of("repository", "repositories", "repo", "repos", "dao", "selectors", "gateway", "store")),
    MODELS(0, List.of("models", "model", "entities", "entity", "domain", "tables"),
            Set.of("model", "models", "entity", "entities"));

    /** Folders and files of abstractions any layer may depend on (dependency inversion): ports, contracts. */
    static final Set<String> ABSTRACTIONS = Set.of("ports", "port", "contracts", "abstractions", "protocols", "interfaces");
    /** Hexagonal adapters: {@code adapters/in} is the HTTP side, {@code adapters/out} the data side. */
    private static final Set<String> DRIVING = Set.of("in", "inbound", "primary", "driving", "input");
    private static final Set<String> DRIVEN = Set.of("out", "outbound", "secondary", "driven", "output");

    final int rank;
    final List<String> folders;
    final Set<String> stems;

    Layer(int rank, List<String> folders, Set<String> stems) {
        this.rank = rank;
        this.folders = folders;
        this.stems = stems;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Built-in aliases plus the project's own names for this layer. */
    List<String> folders(Map<String, List<String>> extra) {
        List<String> all = new ArrayList<>(folders);
        extra.getOrDefault(label(), List.of()).forEach(f -> all.add(f.toLowerCase(Locale.ROOT)));
        return all;
    }

    /** The layer a file's name puts it in: the innermost folder that names a layer, else its file name. */
    static Optional<Layer> of(String path, Map<String, List<String>> extra) {
        return named(path, extra).map(Named::layer);
    }

    /** A layer and the name that gave it. */
    record Named(Layer layer, String why) {
    }

    /** Where a name places a file; {@code path} is relative to its service's root. */
    static Optional<Named> named(String path, Map<String, List<String>> extra) {
        String[] parts = path.toLowerCase(Locale.ROOT).split("/");
        for (int i = parts.length - 2; i >= 0; i--) {
            String folder = parts[i];
            // The project's own names come first: they may reuse a built-in name for another layer.
            for (Layer layer : values()) {
                if (extra.getOrDefault(layer.label(), List.of()).stream().anyMatch(folder::equalsIgnoreCase)) {
                    return Optional.of(new Named(layer, "folder '" + folder + "' (configured)"));
                }
            }
            if (ABSTRACTIONS.contains(folder)) {
                return Optional.empty();
            }
            if (i > 0 && parts[i - 1].equals("adapters") && (DRIVING.contains(folder) || DRIVEN.contains(folder))) {
                return Optional.of(new Named(DRIVING.contains(folder) ? ROUTES : REPOSITORIES, "folder 'adapters/" + folder + "'"));
            }
            for (Layer layer : values()) {
                if (layer.folders.contains(folder)) {
                    return Optional.of(new Named(layer, "folder '" + folder + "'"));
                }
            }
        }
        String file = parts[parts.length - 1];
        String stem = file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file;
        String[] tokens = stem.split("[._-]");
        String last = tokens[tokens.length - 1];
        for (Layer layer : values()) {
            if (layer.stems.contains(stem) || (tokens.length > 1 && layer.stems.contains(last))) {
                return Optional.of(new Named(layer, "file name '" + file + "'"));
            }
        }
        return Optional.empty();
    }

    /** True for a port or contract: an abstraction that any layer may import. */
    static boolean abstraction(String path) {
        String[] parts = path.toLowerCase(Locale.ROOT).split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (ABSTRACTIONS.contains(parts[i])) {
                return true;
            }
        }
        String file = parts[parts.length - 1];
        return file.matches(".*[._-](port|ports|interface|interfaces|contract|contracts|protocol|types)\\.[a-z]+");
    }
}

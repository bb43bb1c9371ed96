package io.stackbench.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Clean architecture: services hold business rules and know nothing of HTTP. */
@RuleInfo(id = "architecture.service-imports-framework", verifier = Dimension.ARCHITECTURE,
        summary = "Services do not import the web framework.")
final class ServiceImportsFrameworkRule extends Rule {

    /** NestJS's container lives in @nestjs/common too: a service marked {@code @Injectable()} knows nothing of HTTP. */
    private static final Set<String> NEST_CONTAINER = Set.of("Injectable", "Inject", "Logger", "forwardRef", "Scope",
            "Optional", "OnModuleInit", "OnModuleDestroy", "OnApplicationBootstrap", "OnApplicationShutdown", "LoggerService");

    private static boolean onlyDependencyInjection(ImportGraph.Edge edge) {
        return edge.specifier().equals("@nestjs/common") && !edge.names().isEmpty() && NEST_CONTAINER.containsAll(edge.names());
    }

    @Override
    List<Finding> check(Project project, Requirements requirements) {
        Layering layering = project.layering(requirements.layerFolders());
        List<Finding> findings = new ArrayList<>();
        for (ImportGraph.Edge edge : project.graph.edges()) {
            Optional<Layering.Placement> from = layering.of(edge.from());
            if (edge.external().isEmpty() || from.filter(p -> p.layer() == Layer.SERVICES).isEmpty()) {
                continue;
            }
            String pkg = edge.external().get();
            if (KnownPackages.isWebFramework(pkg, edge.from().endsWith(".py")) && !onlyDependencyInjection(edge)) {
                findings.add(finding("a service imports the web framework '" + pkg + "' ('" + edge.specifier() + "'): "
                        + from.get().describe(edge.from()) + "; keep HTTP in the routes layer", edge.from(), edge.line()));
            }
        }
        return findings;
    }
}

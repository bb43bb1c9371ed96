package io.stackbench.verify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which layer each module of the service plays, and why. A module's name decides first (its
 * innermost layer folder, or a file name like {@code articles.controller.ts}); a module whose name
 * says nothing is placed by what its code does: it declares routes or handles HTTP, it runs
 * queries, it declares persistent models, or it sits between routes and data access. Composition
 * roots (app factories, entry points, DI containers), ports, tests and tooling are not placed:
 * wiring everything together is their job.
 */
final class Layering {

    /** A module's layer and the reason, for findings. */
    record Placement(Layer layer, String why) {
        String describe(String path) {
            return path + " (" + layer.label() + ": " + why + ")";
        }
    }

    private static final Set<String> ROUTE_METHODS = Set.of("get", "post", "put", "patch", "delete", "route", "api_route",
            "all", "options", "head", "add_route", "add_get", "add_post", "add_put", "add_patch", "add_delete",
            "add_api_route", "websocket");
    private static final Set<String> NEST_ROUTE_DECORATORS = Set.of("Controller", "Get", "Post", "Put", "Patch", "Delete", "All");
    private static final Pattern WEB_CLASS = Pattern.compile(
            "\\b(APIView|GenericAPIView|\\w*ViewSet|MethodView|HTTPEndpoint|web\\.View|View|Resource|\\w+APIView)\\b");
    private static final Pattern PY_QUERY = Pattern.compile(
            "(^|\\.)(session|db|_session|db_session|async_session|conn|connection|cursor|uow|engine)\\."
                    + "(execute|scalars|scalar|query|add|add_all|delete|commit|flush|get|merge|refresh|exec|stream)$"
                    + "|\\.objects(\\.|$)|[A-Z]\\w*\\.query\\.\\w+$|^(select|insert|update|delete)$");
    private static final Pattern JS_QUERY = Pattern.compile(
            "(^|\\.)[A-Z]\\w*\\.(findAll|findOne|findByPk|findAndCountAll|findOrCreate|bulkCreate|destroy|create|update|count"
                    + "|find|findById|findOneAndUpdate|findOneBy|findBy|aggregate|upsert|increment|findMany|query)$"
                    + "|(^|\\.)prisma\\.\\w+\\.\\w+$|(^|\\.)(getRepository|createQueryBuilder|getManager|getCustomRepository)$"
                    + "|(^|\\.)(db|knex|trx|pool|client|connection|manager|em|orm|tx|database|sql)\\.(select|insert|update|delete"
                    + "|query|raw|execute|find|findOne|persist|flush|persistAndFlush|getRepository|prepare|run|all|transaction"
                    + "|selectFrom|insertInto|deleteFrom|updateTable|selectDistinct)$"
                    + "|^this\\.(\\w*[Rr]epo\\w*|model|db|prisma|em|knex|\\w+Model|orm|manager)\\.\\w+$");
    /** Receivers whose methods share names with model queries ({@code Object.create}, {@code Promise.all}). */
    private static final Set<String> BUILTINS = Set.of("Object", "Array", "Promise", "JSON", "Math", "Date", "Number", "String",
            "Error", "Reflect", "Symbol", "Buffer", "Intl", "Map", "Set", "URL", "Response", "Request", "Headers", "Joi", "z",
            "Sentry", "React", "Vue", "Router", "Hono", "Koa", "HttpResponse", "JsonResponse", "HTTPException", "Depends");
    private static final Pattern PY_MODEL_BASE = Pattern.compile(
            "(^|[(,\\s.])(Base|Model|DeclarativeBase|SQLModel|AbstractUser|AbstractBaseUser|Document|\\w+Base)\\b");
    private static final Pattern JS_MODEL_BASE = Pattern.compile("\\bextends\\s+(Model|BaseEntity|Entity)\\b");
    private static final Set<String> MODEL_CALLS = Set.of("Table", "map_imperatively", "mapper", "mapped_column", "relationship",
            "define", "Entity", "pgTable", "sqliteTable", "mysqlTable", "EntitySchema", "Schema", "defineEntity");
    private static final Set<String> KYSELY_TABLE_TYPES = Set.of("Generated", "ColumnType", "GeneratedAlways", "JSONColumnType");
    private static final Set<String> APP_CALLS = Set.of("Flask", "FastAPI", "Quart", "Sanic", "Starlette", "Litestar",
            "Application", "express", "Koa", "Hono", "Fastify", "fastify", "Elysia", "createServer", "get_wsgi_application",
            "get_asgi_application", "execute_from_command_line", "run_app", "include_router", "register_blueprint", "listen",
            "serve", "Module", "NestFactory.create", "create", "setup_routes");
    private static final Set<String> WIRING_NAMES = Set.of("container", "containers", "di", "dependencies", "deps", "bootstrap",
            "providers", "wiring", "composition", "injector", "inject", "ioc");
    private static final Set<String> ENTRY_NAMES = Set.of("main", "app", "server", "wsgi", "asgi", "manage", "settings",
            "config", "index", "__main__", "cli", "run");

    private final Map<String, Placement> placements = new LinkedHashMap<>();
    private final Set<String> unjudged = new HashSet<>();
    private final List<String> prismaModels = new ArrayList<>();

    Layering(Project project, Map<String, List<String>> extraNames) {
        Map<String, ModuleFacts> production = new LinkedHashMap<>();
        for (ModuleFacts m : project.modules) {
            if (SourceScope.of(m.path()) == SourceScope.PRODUCTION) {
                production.put(m.path(), m);
            } else {
                unjudged.add(m.path());
            }
        }
        Map<String, List<ImportGraph.Edge>> edgesFrom = new HashMap<>();
        project.graph.edges().forEach(e -> edgesFrom.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e));
        for (ModuleFacts m : production.values()) {
            String inService = withinService(m.path(), project.serviceRoots);
            Optional<Layer.Named> named = Layer.named(inService, extraNames);
            boolean compositionRoot = wiring(inService) || (named.isEmpty() && (entry(inService) || createsApp(m)));
            if (compositionRoot || (named.isEmpty() && Layer.abstraction(inService))) {
                unjudged.add(m.path());
            } else if (named.isPresent()) {
                placements.put(m.path(), new Placement(named.get().layer(), named.get().why()));
            } else {
                byContent(m, edgesFrom.getOrDefault(m.path(), List.of()))
                        .ifPresent(p -> placements.put(m.path(), p));
            }
        }
        placeDomainLogic(production, edgesFrom);
        placeServicesBetween(production, edgesFrom);
        for (ConfigFile config : project.configs) {
            if (config.name().endsWith(".prisma") && config.text().lines().anyMatch(l -> l.matches("\\s*model\\s+\\w+\\s*\\{.*"))) {
                prismaModels.add(config.path());
            }
        }
    }

    Optional<Placement> of(String path) {
        return Optional.ofNullable(placements.get(path));
    }

    /** The modules placed in each layer (Prisma schemas count as models). */
    Map<Layer, List<String>> members() {
        Map<Layer, List<String>> members = new EnumMap<>(Layer.class);
        for (Layer layer : Layer.values()) {
            members.put(layer, new ArrayList<>());
        }
        placements.forEach((path, p) -> members.get(p.layer()).add(path));
        members.get(Layer.MODELS).addAll(prismaModels);
        return members;
    }

    Map<String, Placement> placements() {
        return placements;
    }

    /** The path below the innermost folder holding a manifest: in a monorepo, "services/" above a service is not its layer. */
    private static String withinService(String path, Set<String> serviceRoots) {
        String best = "";
        for (String root : serviceRoots) {
            if (!root.isEmpty() && path.startsWith(root + "/") && root.length() > best.length()) {
                best = root;
            }
        }
        return best.isEmpty() ? path : path.substring(best.length() + 1);
    }

    private static String stem(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return file.contains(".") ? file.substring(0, file.indexOf('.')) : file;
    }

    private static boolean wiring(String path) {
        String stem = stem(path);
        return WIRING_NAMES.contains(stem) || stem.endsWith("_container") || stem.endsWith("-container")
                || path.toLowerCase(Locale.ROOT).matches(".*\\.module\\.[jt]s");
    }

    private static boolean entry(String path) {
        return ENTRY_NAMES.contains(stem(path));
    }

    private static boolean createsApp(ModuleFacts m) {
        for (ModuleFacts.Call call : m.calls()) {
            String callee = call.callee().startsWith("new ") ? call.callee().substring(4) : call.callee();
            String method = callee.substring(callee.lastIndexOf('.') + 1);
            if (APP_CALLS.contains(callee) || (APP_CALLS.contains(method) && !method.equals("create") && !method.equals("Application"))
                    || callee.equals("web.Application") || callee.endsWith("NestFactory.create") || callee.equals("uvicorn.run")
                    || callee.endsWith("app.run")) {
                return true;
            }
        }
        return false;
    }

    /** Placement by behaviour, for a module whose name says nothing. */
    private static Optional<Placement> byContent(ModuleFacts m, List<ImportGraph.Edge> edges) {
        boolean python = m.language().isPython();
        Optional<String> routes = routeDeclaration(m, edges);
        if (routes.isPresent()) {
            return Optional.of(new Placement(Layer.ROUTES, "declares routes: " + routes.get()));
        }
        Optional<String> models = modelDeclaration(m, python);
        Optional<String> queries = queries(m, python);
        Optional<ImportGraph.Edge> web = edges.stream()
                .filter(e -> e.external().filter(pkg -> KnownPackages.isWebFramework(pkg, python)).isPresent()).findFirst();
        if (web.isPresent() && queries.isEmpty() && models.isEmpty()) {
            return Optional.of(new Placement(Layer.ROUTES, "handles HTTP: imports " + web.get().external().get()));
        }
        if (models.isPresent()) {
            return Optional.of(new Placement(Layer.MODELS, "declares models: " + models.get()));
        }
        if (queries.isEmpty() && !python) {
            // Kysely describes tables as TypeScript interfaces built from its column types.
            Optional<ModuleFacts.Import> tableTypes = m.imports().stream()
                    .filter(i -> i.specifier().equals("kysely") && i.names().stream().anyMatch(KYSELY_TABLE_TYPES::contains)).findFirst();
            if (tableTypes.isPresent()) {
                return Optional.of(new Placement(Layer.MODELS, "declares tables with Kysely's column types at line " + tableTypes.get().line()));
            }
        }
        return queries.map(q -> new Placement(Layer.REPOSITORIES, "runs queries: " + q));
    }

    private static Optional<String> routeDeclaration(ModuleFacts m, List<ImportGraph.Edge> edges) {
        boolean django = edges.stream().anyMatch(e -> e.specifier().startsWith("django.urls") || e.specifier().startsWith("django.conf.urls"));
        boolean nest = edges.stream().anyMatch(e -> e.specifier().equals("@nestjs/common"));
        boolean web = edges.stream().anyMatch(e -> e.external().filter(p -> KnownPackages.isWebFramework(p, m.language().isPython())).isPresent());
        for (ModuleFacts.Call call : m.calls()) {
            String callee = call.callee();
            String method = callee.substring(callee.lastIndexOf('.') + 1);
            boolean path = call.argument() == ModuleFacts.Argument.STRING
                    && (call.firstString().startsWith("/") || call.firstString().isEmpty() || call.firstString().startsWith(":"));
            if ((callee.contains(".") && ROUTE_METHODS.contains(method) && path && !callee.contains("environ"))
                    || (django && (callee.equals("path") || callee.equals("re_path")) && call.argument() == ModuleFacts.Argument.STRING)
                    || (nest && NEST_ROUTE_DECORATORS.contains(callee))) {
                return Optional.of(callee + "('" + call.firstString() + "') at line " + call.line());
            }
        }
        if (web) {
            for (ModuleFacts.ClassDecl c : m.classes()) {
                if (WEB_CLASS.matcher(c.bases()).find()) {
                    return Optional.of("class " + c.name() + c.bases() + " at line " + c.line());
                }
            }
        }
        return Optional.empty();
    }

    static Optional<String> modelDeclaration(ModuleFacts m, boolean python) {
        for (ModuleFacts.ClassDecl c : m.classes()) {
            boolean model = python ? PY_MODEL_BASE.matcher(c.bases()).find() && !c.bases().contains("BaseModel")
                    && !c.bases().matches(".*\\b(Exception|Error|Enum|Protocol|ABC|TypedDict|NamedTuple)\\b.*")
                    : JS_MODEL_BASE.matcher(c.bases()).find();
            if (model) {
                return Optional.of("class " + c.name() + (python ? c.bases() : " " + c.bases()) + " at line " + c.line());
            }
        }
        for (ModuleFacts.Call call : m.calls()) {
            String callee = call.callee().startsWith("new ") ? call.callee().substring(4) : call.callee();
            String method = callee.substring(callee.lastIndexOf('.') + 1);
            boolean modelInit = !python && method.equals("init") && callee.matches("[A-Z]\\w*\\.init");
            boolean named = MODEL_CALLS.contains(method) && (!method.equals("define") && !method.equals("Schema")
                    && !method.equals("Table") || call.argument() == ModuleFacts.Argument.STRING || method.equals("Schema") && !python);
            if (modelInit || named) {
                return Optional.of(call.callee() + "(…) at line " + call.line());
            }
        }
        return Optional.empty();
    }

    static Optional<String> queries(ModuleFacts m, boolean python) {
        for (ModuleFacts.Call call : m.calls()) {
            if (isQuery(call, python)) {
                return Optional.of(call.callee() + "(…) at line " + call.line());
            }
        }
        return Optional.empty();
    }

    /** A call that runs a query: a session's execute, a model's findAll, Prisma's delegate, a query builder. */
    static boolean isQuery(ModuleFacts.Call call, boolean python) {
        String callee = call.callee();
        String receiver = callee.contains(".") ? callee.substring(0, callee.indexOf('.')) : "";
        return (python ? PY_QUERY : JS_QUERY).matcher(callee).find() && !BUILTINS.contains(receiver);
    }

    /**
     * "domain" names the models in clean architecture and DDD, but some teams keep their
     * business logic there: a domain module that declares no entity and uses data access is a service.
     */
    private void placeDomainLogic(Map<String, ModuleFacts> production, Map<String, List<ImportGraph.Edge>> edgesFrom) {
        Map<String, Placement> found = new HashMap<>();
        placements.forEach((path, placement) -> {
            ModuleFacts m = production.get(path);
            if (m == null || placement.layer() != Layer.MODELS || !placement.why().equals("folder 'domain'") || declaresEntity(m)) {
                return;
            }
            boolean usesData = edgesFrom.getOrDefault(path, List.of()).stream()
                    .anyMatch(e -> e.toFile().map(placements::get).filter(p -> p.layer() == Layer.REPOSITORIES).isPresent());
            if (usesData) {
                found.put(path, new Placement(Layer.SERVICES, "folder 'domain', but logic that uses data access and declares no entity"));
            }
        });
        placements.putAll(found);
    }

    private static boolean declaresEntity(ModuleFacts m) {
        return m.classes().stream().anyMatch(c -> !c.bases().matches("(?s).*\\b(\\w*Error|\\w*Exception)\\b.*")
                && !c.name().matches(".*(Service|UseCase|Usecase|Interactor|Handler|Manager)"));
    }

    /**
     * A module between layers: imported by routes and itself using data access or models, with
     * no name of its own, is the service layer whatever its folder is called.
     */
    private void placeServicesBetween(Map<String, ModuleFacts> production, Map<String, List<ImportGraph.Edge>> edgesFrom) {
        // What the routes import, gathered once rather than searched for every module.
        Set<String> importedByRoutes = new HashSet<>();
        edgesFrom.forEach((from, edges) -> {
            if (of(from).filter(p -> p.layer() == Layer.ROUTES).isPresent()) {
                edges.forEach(e -> e.toFile().ifPresent(importedByRoutes::add));
            }
        });
        Map<String, Placement> found = new HashMap<>();
        for (String path : production.keySet()) {
            if (placements.containsKey(path) || unjudged.contains(path)) {
                continue;
            }
            boolean usesData = edgesFrom.getOrDefault(path, List.of()).stream()
                    .map(e -> e.toFile().map(placements::get).orElse(null))
                    .anyMatch(p -> p != null && p.layer().rank <= Layer.REPOSITORIES.rank);
            if (usesData && importedByRoutes.contains(path)) {
                found.put(path, new Placement(Layer.SERVICES, "imported by routes and uses data access"));
            }
        }
        placements.putAll(found);
    }
}

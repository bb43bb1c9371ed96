package io.stackbench.agent.scripted;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.stackbench.agent.scripted.Wire.Answer;
import io.stackbench.agent.scripted.Wire.SseEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * A model server on loopback for end-to-end tests of agent CLIs: it speaks each dialect they use and
 * answers every model call from a {@link Script}.
 *
 * <pre>{@code
 * try (ScriptedModelServer server = ScriptedModelServer.start(Scripts.toolThenText("write_file", args, "Done."))) {
 *     run the CLI with server.baseUrl() ("http://127.0.0.1:PORT", no /v1);
 *     server.calls();      // every model call served, in order (errors included)
 *     server.totals();     // usage summed over successful calls
 *     server.unexpected(); // requests it did not understand: assert none
 * }
 * }</pre>
 *
 * <p>Endpoints ({@code /v1} optional for OpenAI and Anthropic; {@code /v1beta} or {@code /v1} for Gemini):
 * <ul>
 * <li>{@code POST /v1/chat/completions}: JSON, or SSE with {@code "stream": true} (a separate usage chunk
 *     when {@code stream_options.include_usage}, else usage on the finish chunk; then {@code [DONE]}).
 * <li>{@code POST /v1/responses}: JSON, or typed SSE events ending in {@code response.completed}.
 * <li>{@code POST /v1/messages}: JSON or SSE; {@code POST /v1/messages/count_tokens} (not a model call).
 * <li>{@code POST /v1beta/models/MODEL:generateContent}, {@code :streamGenerateContent} (SSE with
 *     {@code alt=sse}, else a JSON array), {@code :countTokens} (not a model call).
 * <li>{@code GET /v1/models}: the models seen so far and {@link #DEFAULT_MODEL}, OpenAI's list shape.
 * </ul>
 * Anything else gets a 404 with a JSON error and is recorded in {@link #unexpected()}, as is a request
 * whose script throws or whose reply the dialect cannot express (those get a 400, which clients do not retry).
 *
 * <p>Usage: each successful call reports {@link Reply#usage()} if set, else {@link TokenUsage#defaultFor(int)}
 * of its index in {@link #calls()}: input 1000 + 100*n (200 of it cached from the second call on), output 20 + n.
 * An error reply is listed in {@link #calls()} with no usage and not counted in {@link #totals()}.
 */
public final class ScriptedModelServer implements AutoCloseable {

    /** The model listed by {@code GET /v1/models} before any call names one. */
    public static final String DEFAULT_MODEL = "scripted-model";

    static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern GEMINI = Pattern.compile(
            "/(?:v1beta|v1)/models/([^/:]+):(generateContent|streamGenerateContent|countTokens)");
    private static final Pattern ONE_MODEL = Pattern.compile("(?:/v1)?/models/([^/:]+)");
    private static final Map<Dialect, Wire> WIRES = Map.of(Dialect.CHAT_COMPLETIONS, new ChatCompletionsWire(),
            Dialect.RESPONSES, new ResponsesWire(), Dialect.ANTHROPIC_MESSAGES, new AnthropicWire(),
            Dialect.GEMINI, new GeminiWire());

    private final Script script;
    private final HttpServer server;
    private final ExecutorService threads;
    private final List<ModelCall> calls = new ArrayList<>(); // guarded by this; also the lock that serialises the script
    private final Set<String> models = new LinkedHashSet<>(); // guarded by this
    private final List<UnexpectedRequest> unexpected = new CopyOnWriteArrayList<>();

    private ScriptedModelServer(Script script) throws IOException {
        this.script = Objects.requireNonNull(script);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // Daemon threads: a client that hangs up mid-stream must not keep the test JVM alive.
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "scripted-model-server");
            t.setDaemon(true);
            return t;
        });
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** Starts a server on 127.0.0.1 at an ephemeral port. */
    public static ScriptedModelServer start(Script script) throws IOException {
        return new ScriptedModelServer(script);
    }

    /** {@code http://127.0.0.1:PORT}: no trailing slash, no {@code /v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every model call served, in order, errors included. */
    public synchronized List<ModelCall> calls() {
        return List.copyOf(calls);
    }

    /** Usage summed over the successful model calls. */
    public synchronized Totals totals() {
        Totals totals = Totals.NONE;
        for (ModelCall call : calls) {
            if (call.succeeded()) {
                totals = totals.plus(call.usage().orElseThrow());
            }
        }
        return totals;
    }

    /** Requests the server did not understand. */
    public List<UnexpectedRequest> unexpected() {
        return List.copyOf(unexpected);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            String query = Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
            String raw = readBody(exchange);
            Matcher gemini = GEMINI.matcher(path);
            Matcher oneModel = ONE_MODEL.matcher(path);
            if (method.equals("GET") && (path.equals("/v1/models") || path.equals("/models"))) {
                sendJson(exchange, 200, modelList());
            } else if (method.equals("GET") && oneModel.matches()) {
                sendJson(exchange, 200, model(URLDecoder.decode(oneModel.group(1), StandardCharsets.UTF_8)));
            } else if (!method.equals("POST")) {
                refuse(exchange, method, path, raw, "no such endpoint");
            } else if (path.equals("/v1/messages/count_tokens") || path.equals("/messages/count_tokens")) {
                sendJson(exchange, 200, JSON.createObjectNode().put("input_tokens", estimate(raw)));
            } else if (gemini.matches() && gemini.group(2).equals("countTokens")) {
                sendJson(exchange, 200, JSON.createObjectNode().put("totalTokens", estimate(raw)));
            } else if (gemini.matches()) {
                String model = URLDecoder.decode(gemini.group(1), StandardCharsets.UTF_8);
                boolean streamed = gemini.group(2).equals("streamGenerateContent");
                boolean sse = streamed && List.of(query.split("&")).contains("alt=sse");
                serve(exchange, Dialect.GEMINI, model, streamed, sse, raw);
            } else {
                Optional<Dialect> dialect = switch (path.startsWith("/v1/") ? path.substring(3) : path) {
                    case "/chat/completions" -> Optional.of(Dialect.CHAT_COMPLETIONS);
                    case "/responses" -> Optional.of(Dialect.RESPONSES);
                    case "/messages" -> Optional.of(Dialect.ANTHROPIC_MESSAGES);
                    default -> Optional.empty();
                };
                if (dialect.isEmpty()) {
                    refuse(exchange, method, path, raw, "no such endpoint");
                    return;
                }
                JsonNode body = parse(raw);
                boolean streamed = body.path("stream").asBoolean(false);
                serve(exchange, dialect.get(), body.path("model").asText(DEFAULT_MODEL), streamed, streamed, raw);
            }
        }
    }

    /** One model call: ask the script, record the call, then send the reply. */
    private void serve(HttpExchange exchange, Dialect dialect, String model, boolean streamed, boolean sse, String raw)
            throws IOException {
        String path = exchange.getRequestURI().getPath();
        Wire wire = WIRES.get(dialect);
        JsonNode body;
        ModelRequest request;
        try {
            body = parse(raw);
            Wire.Conversation c = wire.read(body);
            request = new ModelRequest(dialect, model, streamed, body, headers(exchange), c.toolNames(), c.toolResults(),
                    c.assistantTurns(), c.lastUserText(), conversationText(body));
        } catch (RuntimeException e) {
            unexpected.add(new UnexpectedRequest("POST", path, raw, "unreadable request: " + e));
            sendJson(exchange, 400, wire.error(400, "unreadable request: " + e.getMessage()));
            return;
        }
        Object rendered;
        int status;
        synchronized (this) {
            models.add(model);
            int index = calls.size();
            Reply reply;
            try {
                reply = Objects.requireNonNull(script.reply(request), "the script returned no reply");
                if (reply.failure().isPresent()) {
                    status = reply.failure().get().status();
                    rendered = wire.error(status, reply.failure().get().message());
                    calls.add(new ModelCall(index, path, request, reply, Optional.empty(), status));
                } else {
                    TokenUsage usage = reply.usage().orElse(TokenUsage.defaultFor(index));
                    Answer answer = new Answer(index, model, body, reply, usage);
                    rendered = streamed ? wire.events(answer) : wire.body(answer);
                    status = 200;
                    calls.add(new ModelCall(index, path, request, reply, Optional.of(usage), status));
                }
            } catch (RuntimeException e) {
                unexpected.add(new UnexpectedRequest("POST", path, raw, "the script or its reply failed: " + e));
                status = 400;
                rendered = wire.error(status, "scripted model server: " + e.getMessage());
            }
        }
        if (rendered instanceof JsonNode json) {
            sendJson(exchange, status, json);
        } else {
            @SuppressWarnings("unchecked")
            List<SseEvent> events = (List<SseEvent>) rendered;
            sendStream(exchange, events, sse);
        }
    }

    private static void sendStream(HttpExchange exchange, List<SseEvent> events, boolean sse) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", sse ? "text/event-stream" : "application/json");
        exchange.getResponseHeaders().add("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            if (!sse) {
                // Gemini's streamGenerateContent without alt=sse: one JSON array of the chunks.
                StringBuilder array = new StringBuilder("[");
                for (Iterator<SseEvent> it = events.iterator(); it.hasNext(); ) {
                    array.append(it.next().data()).append(it.hasNext() ? ",\n" : "");
                }
                out.write(array.append("]").toString().getBytes(StandardCharsets.UTF_8));
                return;
            }
            for (SseEvent event : events) {
                String text = event.name().map(n -> "event: " + n + "\n").orElse("") + "data: " + event.data() + "\n\n";
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        }
    }

    private void refuse(HttpExchange exchange, String method, String path, String raw, String why) throws IOException {
        unexpected.add(new UnexpectedRequest(method, path, raw, why));
        sendJson(exchange, 404, ChatCompletionsWire.openAiError(404, "scripted model server: " + why + ": " + method + " " + path));
    }

    private synchronized ObjectNode modelList() {
        ObjectNode list = JSON.createObjectNode().put("object", "list");
        ArrayNode data = list.putArray("data");
        Set<String> all = new LinkedHashSet<>(models);
        all.add(DEFAULT_MODEL);
        all.forEach(m -> data.add(model(m)));
        list.put("has_more", false);
        return list;
    }

    /** One model, with the fields of both OpenAI's and Anthropic's model objects. */
    private static ObjectNode model(String id) {
        return JSON.createObjectNode().put("id", id).put("object", "model").put("created", 1_700_000_000L)
                .put("owned_by", "stackbench").put("type", "model").put("display_name", id)
                .put("created_at", "2024-01-01T00:00:00Z");
    }

    /** All text in the request except the tool definitions, for {@link ModelRequest#mentions(String)}. */
    private static String conversationText(JsonNode body) {
        StringBuilder text = new StringBuilder();
        body.properties().forEach(field -> {
            if (!field.getKey().equals("tools")) {
                collectText(field.getValue(), text);
            }
        });
        return text.toString();
    }

    private static void collectText(JsonNode node, StringBuilder text) {
        if (node.isTextual()) {
            text.append(node.asText()).append('\n');
        } else {
            node.forEach(child -> collectText(child, text));
        }
    }

    /** A stand-in token count for the count-tokens endpoints: about four characters a token. */
    private static long estimate(String raw) {
        return Math.max(1, raw.length() / 4);
    }

    private static JsonNode parse(String raw) {
        try {
            return JSON.readTree(raw);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> headers(HttpExchange exchange) {
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
        return headers;
    }

    private static String readBody(HttpExchange exchange) throws IOException {
        InputStream in = exchange.getRequestBody();
        if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
            in = new GZIPInputStream(in);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void sendJson(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}

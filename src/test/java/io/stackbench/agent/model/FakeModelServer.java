package io.stackbench.agent.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A model endpoint on loopback that answers from a script, for tests: real HTTP in the dialect of
 * OpenAI's chat completions or Anthropic's messages, each answer either a reply with token counts
 * or an error status with headers. It records every request it receives.
 */
public final class FakeModelServer implements AutoCloseable {

    /** Which API the server speaks. */
    public enum Dialect { OPENAI, ANTHROPIC }

    /** One scripted answer: a reply (status 200) or an error status. */
    public record Answer(int status, String text, long inputTokens, long outputTokens, Map<String, String> headers,
                         Duration delay) {

        public static Answer reply(String text, long inputTokens, long outputTokens) {
            return new Answer(200, text, inputTokens, outputTokens, Map.of(), Duration.ZERO);
        }

        public static Answer error(int status, Map<String, String> headers) {
            return new Answer(status, "scripted HTTP " + status, 0, 0, headers, Duration.ZERO);
        }

        public Answer after(Duration wait) {
            return new Answer(status, text, inputTokens, outputTokens, headers, wait);
        }
    }

    /** A request as received: path, headers (lower-case names) and JSON body. */
    public record Request(String path, Map<String, String> headers, JsonNode body) {

        /** The text of the last message of the conversation (the user's turn). */
        public String lastMessage() {
            JsonNode messages = body.path("messages");
            JsonNode last = messages.get(messages.size() - 1);
            JsonNode content = last.path("content");
            if (content.isTextual()) {
                return content.asText();
            }
            StringBuilder text = new StringBuilder();
            content.forEach(part -> text.append(part.path("text").asText()));
            return text.toString();
        }
    }

    private final Dialect dialect;
    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper();
    private final ConcurrentLinkedDeque<Answer> script = new ConcurrentLinkedDeque<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private FakeModelServer(Dialect dialect) throws IOException {
        this.dialect = dialect;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        // Handlers on their own daemon threads: closing the server need not wait for a delayed answer.
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-model-server");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    public static FakeModelServer start(Dialect dialect) throws IOException {
        return new FakeModelServer(dialect);
    }

    /** Appends answers to the script, served in order, one per request. */
    public FakeModelServer script(Answer... answers) {
        script.addAll(List.of(answers));
        return this;
    }

    /** The base URL a client is given: OpenAI clients expect the {@code /v1} in it, Anthropic's add it. */
    public String baseUrl() {
        String root = "http://127.0.0.1:" + server.getAddress().getPort();
        return dialect == Dialect.OPENAI ? root + "/v1" : root;
    }

    public List<Request> requests() {
        return new ArrayList<>(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
            JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
            requests.add(new Request(exchange.getRequestURI().getPath(), headers, body));
            String expected = dialect == Dialect.OPENAI ? "/v1/chat/completions" : "/v1/messages";
            if (!exchange.getRequestURI().getPath().equals(expected)) {
                send(exchange, 404, Map.of(), error("no such path " + exchange.getRequestURI().getPath()));
                return;
            }
            Answer answer = script.poll();
            if (answer == null) {
                // 400 is not retried, so an exhausted script fails fast.
                send(exchange, 400, Map.of(), error("the script has no more answers"));
                return;
            }
            if (!answer.delay().isZero()) {
                Thread.sleep(answer.delay().toMillis());
            }
            if (answer.status() != 200) {
                send(exchange, answer.status(), answer.headers(), error(answer.text()));
                return;
            }
            send(exchange, 200, answer.headers(), dialect == Dialect.OPENAI ? openAi(answer) : anthropic(answer));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ObjectNode openAi(Answer answer) {
        ObjectNode body = json.createObjectNode().put("id", "chatcmpl-" + requests.size()).put("object", "chat.completion")
                .put("created", 1_700_000_000L).put("model", "fake-model");
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putNull("logprobs");
        choice.putObject("message").put("role", "assistant").put("content", answer.text()).putNull("refusal");
        body.putObject("usage").put("prompt_tokens", answer.inputTokens()).put("completion_tokens", answer.outputTokens())
                .put("total_tokens", answer.inputTokens() + answer.outputTokens());
        return body;
    }

    private ObjectNode anthropic(Answer answer) {
        ObjectNode body = json.createObjectNode().put("id", "msg_" + requests.size()).put("type", "message")
                .put("role", "assistant").put("model", "fake-model").put("stop_reason", "end_turn");
        body.putNull("stop_sequence");
        body.putArray("content").addObject().put("type", "text").put("text", answer.text());
        body.putObject("usage").put("input_tokens", answer.inputTokens()).put("output_tokens", answer.outputTokens());
        return body;
    }

    private ObjectNode error(String message) {
        ObjectNode body = json.createObjectNode();
        if (dialect == Dialect.ANTHROPIC) {
            body.put("type", "error").putObject("error").put("type", "api_error").put("message", message);
        } else {
            body.putObject("error").put("message", message).put("type", "invalid_request_error").putNull("code");
        }
        return body;
    }

    private void send(HttpExchange exchange, int status, Map<String, String> headers, JsonNode body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

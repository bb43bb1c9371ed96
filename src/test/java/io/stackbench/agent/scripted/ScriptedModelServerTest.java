package io.stackbench.agent.scripted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.errors.InternalServerException;
import com.anthropic.helpers.MessageAccumulator;
import com.anthropic.models.messages.ContentBlockParam;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.anthropic.models.messages.Tool;
import com.anthropic.models.messages.ToolResultBlockParam;
import com.anthropic.models.messages.ToolUseBlock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.errors.RateLimitException;
import com.openai.helpers.ChatCompletionAccumulator;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.chat.completions.ChatCompletionToolMessageParam;
import com.openai.models.completions.CompletionUsage;
import com.openai.models.responses.FunctionTool;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseFunctionToolCall;
import com.openai.models.responses.ResponseInputItem;
import com.openai.models.responses.ResponseStreamEvent;
import com.openai.models.responses.ResponseUsage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScriptedModelServerTest {

    private static final String TOOL = "write_file";
    private static final ObjectNode ARGS = ScriptedModelServer.JSON.createObjectNode()
            .put("path", "hello.txt").put("content", "hello from the script");
    private static final String DONE = "The file is written.";
    /** Two calls at the default usage: inputs 1000 + 1100 (200 cached), outputs 20 + 21. */
    private static final Totals TWO_CALLS = new Totals(2100, 200, 41, 2);

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void chatCompletionsCarriesAToolCallRoundTripAndItsUsage(boolean streamed) throws Exception {
        List<ModelRequest> seen = new CopyOnWriteArrayList<>();
        try (ScriptedModelServer server = ScriptedModelServer.start(recording(seen))) {
            OpenAIClient client = openAi(server);
            ChatCompletionCreateParams.Builder params = ChatCompletionCreateParams.builder().model("gpt-scripted")
                    .addUserMessage("write hello.txt").addFunctionTool(FunctionDefinition.builder().name(TOOL)
                            .parameters(FunctionParameters.builder().putAdditionalProperty("type", JsonValue.from("object")).build())
                            .build());
            ChatCompletion first = chat(client, params.build(), streamed);
            ChatCompletionMessageFunctionToolCall call = first.choices().get(0).message().toolCalls().orElseThrow().get(0).asFunction();
            assertThat(call.function().name()).isEqualTo(TOOL);
            assertThat(ScriptedModelServer.JSON.readTree(call.function().arguments())).isEqualTo(ARGS);
            assertThat(first.choices().get(0).finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.TOOL_CALLS);

            params.addMessage(first.choices().get(0).message()).addMessage(ChatCompletionToolMessageParam.builder()
                    .toolCallId(call.id()).content("written").build());
            ChatCompletion second = chat(client, params.build(), streamed);
            assertThat(second.choices().get(0).message().content()).contains(DONE);

            assertThat(sum(first.usage().orElseThrow(), second.usage().orElseThrow())).isEqualTo(server.totals());
            assertThat(server.totals()).isEqualTo(TWO_CALLS);
            assertRoundTripSeen(seen, Dialect.CHAT_COMPLETIONS, "gpt-scripted", streamed);
            assertThat(server.calls()).extracting(ModelCall::path).containsOnly("/v1/chat/completions");
            assertThat(server.calls()).extracting(c -> c.request().toolResults()).containsExactly(0, 1);
            assertThat(server.calls().get(1).body().path("messages")).hasSize(3);
            assertThat(server.unexpected()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void responsesCarriesAFunctionCallRoundTripAndItsUsage(boolean streamed) throws Exception {
        List<ModelRequest> seen = new CopyOnWriteArrayList<>();
        try (ScriptedModelServer server = ScriptedModelServer.start(recording(seen))) {
            OpenAIClient client = openAi(server);
            FunctionTool tool = FunctionTool.builder().name(TOOL).strict(false)
                    .parameters(FunctionTool.Parameters.builder().putAdditionalProperty("type", JsonValue.from("object")).build())
                    .build();
            List<ResponseInputItem> input = new ArrayList<>();
            input.add(ResponseInputItem.ofEasyInputMessage(com.openai.models.responses.EasyInputMessage.builder()
                    .role(com.openai.models.responses.EasyInputMessage.Role.USER).content("write hello.txt").build()));
            Response first = responses(client, ResponseCreateParams.builder().model("gpt-5-scripted").addTool(tool)
                    .input(ResponseCreateParams.Input.ofResponse(input)).build(), streamed);
            ResponseFunctionToolCall call = first.output().get(0).asFunctionCall();
            assertThat(call.name()).isEqualTo(TOOL);
            assertThat(ScriptedModelServer.JSON.readTree(call.arguments())).isEqualTo(ARGS);

            input.add(ResponseInputItem.ofFunctionCall(call));
            input.add(ResponseInputItem.ofFunctionCallOutput(ResponseInputItem.FunctionCallOutput.builder()
                    .callId(call.callId()).output("written").build()));
            Response second = responses(client, ResponseCreateParams.builder().model("gpt-5-scripted").addTool(tool)
                    .input(ResponseCreateParams.Input.ofResponse(input)).build(), streamed);
            assertThat(second.output().get(0).asMessage().content().get(0).asOutputText().text()).isEqualTo(DONE);

            ResponseUsage a = first.usage().orElseThrow();
            ResponseUsage b = second.usage().orElseThrow();
            assertThat(new Totals(a.inputTokens() + b.inputTokens(),
                    a.inputTokensDetails().cachedTokens() + b.inputTokensDetails().cachedTokens(),
                    a.outputTokens() + b.outputTokens(), 2)).isEqualTo(server.totals()).isEqualTo(TWO_CALLS);
            assertRoundTripSeen(seen, Dialect.RESPONSES, "gpt-5-scripted", streamed);
            assertThat(server.unexpected()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void anthropicMessagesCarriesAToolUseRoundTripAndItsUsage(boolean streamed) throws Exception {
        List<ModelRequest> seen = new CopyOnWriteArrayList<>();
        try (ScriptedModelServer server = ScriptedModelServer.start(recording(seen))) {
            AnthropicClient client = anthropic(server);
            MessageCreateParams.Builder params = MessageCreateParams.builder().model("claude-scripted").maxTokens(1000)
                    .addUserMessage("write hello.txt").addTool(Tool.builder().name(TOOL)
                            .inputSchema(Tool.InputSchema.builder().build())
                            .build());
            Message first = anthropicMessage(client, params.build(), streamed);
            ToolUseBlock use = first.content().get(0).asToolUse();
            assertThat(use.name()).isEqualTo(TOOL);
            JsonNode arguments = ScriptedModelServer.JSON.valueToTree(use._input().convert(Map.class));
            assertThat(arguments).isEqualTo(ARGS);

            params.addMessage(first.toParam()).addUserMessageOfContentBlockParams(List.of(ContentBlockParam.ofToolResult(
                    ToolResultBlockParam.builder().toolUseId(use.id()).content("written").build())));
            Message second = anthropicMessage(client, params.build(), streamed);
            assertThat(second.content().get(0).asText().text()).isEqualTo(DONE);

            // Anthropic's input_tokens leaves out cache reads: all input is the two added.
            long input = 0;
            long cached = 0;
            long output = 0;
            for (Message m : List.of(first, second)) {
                long read = m.usage().cacheReadInputTokens().orElse(0L);
                input += m.usage().inputTokens() + read;
                cached += read;
                output += m.usage().outputTokens();
            }
            assertThat(new Totals(input, cached, output, 2)).isEqualTo(server.totals()).isEqualTo(TWO_CALLS);
            assertRoundTripSeen(seen, Dialect.ANTHROPIC_MESSAGES, "claude-scripted", streamed);
            assertThat(server.unexpected()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"generateContent", "streamGenerateContent?alt=sse", "streamGenerateContent"})
    void geminiCarriesAFunctionCallRoundTripAndItsUsage(String method) throws Exception {
        List<ModelRequest> seen = new CopyOnWriteArrayList<>();
        try (ScriptedModelServer server = ScriptedModelServer.start(recording(seen))) {
            String url = server.baseUrl() + "/v1beta/models/gemini-scripted:" + method;
            String tools = "\"tools\":[{\"functionDeclarations\":[{\"name\":\"" + TOOL + "\"}]}]";
            String ask = "{\"role\":\"user\",\"parts\":[{\"text\":\"write hello.txt\"}]}";
            List<JsonNode> first = geminiChunks(post(url, "{\"contents\":[" + ask + "]," + tools + "}"));
            JsonNode call = first.get(first.size() - 1).at("/candidates/0/content/parts/0/functionCall");
            assertThat(call.path("name").asText()).isEqualTo(TOOL);
            assertThat(call.path("args")).isEqualTo(ARGS);

            String history = ask + ",{\"role\":\"model\",\"parts\":[{\"functionCall\":" + call + "}]},"
                    + "{\"role\":\"user\",\"parts\":[{\"functionResponse\":{\"name\":\"" + TOOL + "\",\"response\":{\"ok\":true}}}]}";
            List<JsonNode> second = geminiChunks(post(url, "{\"contents\":[" + history + "]," + tools + "}"));
            StringBuilder text = new StringBuilder();
            second.forEach(c -> text.append(c.at("/candidates/0/content/parts/0/text").asText()));
            assertThat(text.toString()).isEqualTo(DONE);

            long input = 0;
            long cached = 0;
            long output = 0;
            for (List<JsonNode> chunks : List.of(first, second)) {
                JsonNode usage = chunks.get(chunks.size() - 1).path("usageMetadata");
                input += usage.path("promptTokenCount").asLong();
                cached += usage.path("cachedContentTokenCount").asLong();
                output += usage.path("candidatesTokenCount").asLong();
                assertThat(chunks.get(chunks.size() - 1).at("/candidates/0/finishReason").asText()).isEqualTo("STOP");
            }
            assertThat(new Totals(input, cached, output, 2)).isEqualTo(server.totals()).isEqualTo(TWO_CALLS);
            assertRoundTripSeen(seen, Dialect.GEMINI, "gemini-scripted", method.startsWith("stream"));
            assertThat(server.unexpected()).isEmpty();
        }
    }

    @Test
    void responsesEventsAreNamedNumberedAndInTheOrderClientsExpect() throws Exception {
        try (ScriptedModelServer server = ScriptedModelServer.start(request -> Reply.text(DONE))) {
            String stream = post(server.baseUrl() + "/v1/responses", "{\"model\":\"m\",\"input\":\"hi\",\"stream\":true}").body();
            List<String> names = new ArrayList<>();
            List<JsonNode> data = new ArrayList<>();
            for (String event : stream.split("\n\n")) {
                String[] lines = event.split("\n");
                assertThat(lines).hasSize(2);
                names.add(lines[0].substring("event: ".length()));
                data.add(ScriptedModelServer.JSON.readTree(lines[1].substring("data: ".length())));
            }
            assertThat(names).containsExactly("response.created", "response.in_progress", "response.output_item.added",
                    "response.content_part.added", "response.output_text.delta", "response.output_text.done",
                    "response.content_part.done", "response.output_item.done", "response.completed");
            for (int i = 0; i < data.size(); i++) {
                assertThat(data.get(i).path("type").asText()).isEqualTo(names.get(i));
                assertThat(data.get(i).path("sequence_number").asInt()).isEqualTo(i);
            }
            JsonNode completed = data.get(data.size() - 1).path("response");
            assertThat(completed.at("/output/0/content/0/text").asText()).isEqualTo(DONE);
            assertThat(completed.at("/usage/input_tokens_details/cached_tokens").asLong()).isZero();
            assertThat(completed.at("/usage/total_tokens").asLong()).isEqualTo(1000 + 20);
        }
    }

    @Test
    void aChatStreamWithoutIncludeUsageCarriesTheUsageOnItsLastChunk() throws Exception {
        try (ScriptedModelServer server = ScriptedModelServer.start(request -> Reply.text(DONE))) {
            String stream = post(server.baseUrl() + "/v1/chat/completions",
                    "{\"model\":\"m\",\"messages\":[],\"stream\":true}").body();
            List<String> data = new ArrayList<>();
            for (String event : stream.split("\n\n")) {
                assertThat(event).startsWith("data: ");
                data.add(event.substring("data: ".length()));
            }
            assertThat(data.get(data.size() - 1)).isEqualTo("[DONE]");
            JsonNode last = ScriptedModelServer.JSON.readTree(data.get(data.size() - 2));
            assertThat(last.at("/choices/0/finish_reason").asText()).isEqualTo("stop");
            assertThat(last.at("/usage/prompt_tokens").asLong()).isEqualTo(1000);
            assertThat(data.stream().filter(d -> d.contains("\"usage\"")).count()).as("usage sent once").isEqualTo(1);
        }
    }

    @Test
    void anErrorReplySurfacesAsTheSdksExceptionAndReportsNoUsage() throws Exception {
        try (ScriptedModelServer server = ScriptedModelServer.start(Scripts.failing(429))) {
            assertThatThrownBy(() -> openAi(server).chat().completions().create(ChatCompletionCreateParams.builder()
                    .model("gpt-scripted").addUserMessage("hi").build()))
                    .isInstanceOfSatisfying(RateLimitException.class, e -> assertThat(e.statusCode()).isEqualTo(429));
            assertThat(server.calls()).singleElement().satisfies(call -> {
                assertThat(call.status()).isEqualTo(429);
                assertThat(call.usage()).isEmpty();
            });
            assertThat(server.totals()).isEqualTo(new Totals(0, 0, 0, 0));
        }
        try (ScriptedModelServer server = ScriptedModelServer.start(Scripts.failing(500))) {
            assertThatThrownBy(() -> anthropic(server).messages().create(MessageCreateParams.builder()
                    .model("claude-scripted").maxTokens(10).addUserMessage("hi").build()))
                    .isInstanceOfSatisfying(InternalServerException.class, e -> assertThat(e.statusCode()).isEqualTo(500));
            HttpResponse<String> gemini = post(server.baseUrl() + "/v1beta/models/g:generateContent", "{\"contents\":[]}");
            assertThat(gemini.statusCode()).isEqualTo(500);
            assertThat(ScriptedModelServer.JSON.readTree(gemini.body()).at("/error/code").asInt()).isEqualTo(500);
            assertThat(server.totals().calls()).isZero();
            assertThat(server.calls()).hasSize(2);
        }
    }

    @Test
    void requestsWithoutToolsGetTheSideCallTextAndAnExplicitUsageIsReportedAsGiven() throws Exception {
        Script script = request -> request.offersTools()
                ? Reply.text("thinking").and(Reply.toolCall(TOOL, Map.of("path", "a"))).withUsage(500, 400, 7)
                : Scripts.toolThenText(TOOL, ARGS, DONE).reply(request);
        try (ScriptedModelServer server = ScriptedModelServer.start(script)) {
            ChatCompletion title = openAi(server).chat().completions().create(ChatCompletionCreateParams.builder()
                    .model("gpt-scripted").addUserMessage("name this chat").build());
            assertThat(title.choices().get(0).message().content()).contains(Scripts.SIDE_CALL_TEXT);
            JsonNode both = ScriptedModelServer.JSON.readTree(post(server.baseUrl() + "/v1/messages",
                    "{\"model\":\"claude-scripted\",\"max_tokens\":5,\"messages\":[{\"role\":\"user\",\"content\":\"go\"}],"
                            + "\"tools\":[{\"name\":\"" + TOOL + "\",\"input_schema\":{}}]}").body());
            assertThat(both.at("/content/0/text").asText()).isEqualTo("thinking");
            assertThat(both.at("/content/1/input/path").asText()).isEqualTo("a");
            assertThat(both.path("stop_reason").asText()).isEqualTo("tool_use");
            assertThat(both.path("usage").path("input_tokens").asLong()).isEqualTo(100);
            assertThat(both.path("usage").path("cache_read_input_tokens").asLong()).isEqualTo(400);
            assertThat(server.totals()).isEqualTo(new Totals(1000 + 500, 400, 20 + 7, 2));
        }
    }

    @Test
    void aRawOutputItemIsSentVerbatimByTheResponsesDialectOnly() throws Exception {
        ObjectNode item = ScriptedModelServer.JSON.createObjectNode().put("type", "custom_tool_call")
                .put("call_id", "call_x").put("name", "apply_patch").put("input", "*** Begin Patch");
        try (ScriptedModelServer server = ScriptedModelServer.start(request -> Reply.rawOutputItem(item))) {
            JsonNode response = ScriptedModelServer.JSON.readTree(post(server.baseUrl() + "/v1/responses",
                    "{\"model\":\"m\",\"input\":\"patch it\"}").body());
            assertThat(response.at("/output/0")).isEqualTo(item);
            HttpResponse<String> chat = post(server.baseUrl() + "/chat/completions",
                    "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"patch it\"}]}");
            assertThat(chat.statusCode()).isEqualTo(400);
            assertThat(server.unexpected()).singleElement().satisfies(u -> assertThat(u.why()).contains("CHAT_COMPLETIONS"));
        }
    }

    @Test
    void modelListsAndTokenCountsAnswerWithoutCountingAsModelCalls() throws Exception {
        try (ScriptedModelServer server = ScriptedModelServer.start(request -> Reply.text("hi"))) {
            post(server.baseUrl() + "/v1/chat/completions", "{\"model\":\"gpt-seen\",\"messages\":[]}");
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v1/models")).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode models = ScriptedModelServer.JSON.readTree(list.body());
            assertThat(models.path("object").asText()).isEqualTo("list");
            assertThat(models.findValuesAsText("id")).containsExactly("gpt-seen", ScriptedModelServer.DEFAULT_MODEL);
            assertThat(ScriptedModelServer.JSON.readTree(post(server.baseUrl() + "/v1/messages/count_tokens",
                    "{\"messages\":[]}").body()).path("input_tokens").asLong()).isPositive();
            assertThat(ScriptedModelServer.JSON.readTree(post(server.baseUrl() + "/v1beta/models/g:countTokens",
                    "{\"contents\":[]}").body()).path("totalTokens").asLong()).isPositive();
            assertThat(server.calls()).hasSize(1);
            assertThat(server.unexpected()).isEmpty();
        }
    }

    @Test
    void anUnknownPathIsA404AndRecordedAsUnexpected() throws Exception {
        try (ScriptedModelServer server = ScriptedModelServer.start(request -> Reply.text("hi"))) {
            HttpResponse<String> response = post(server.baseUrl() + "/v1/completions", "{\"prompt\":\"hi\"}");
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(ScriptedModelServer.JSON.readTree(response.body()).at("/error/message").asText()).contains("/v1/completions");
            assertThat(server.unexpected()).singleElement()
                    .isEqualTo(new UnexpectedRequest("POST", "/v1/completions", "{\"prompt\":\"hi\"}", "no such endpoint"));
            assertThat(server.calls()).isEmpty();
        }
    }

    /** {@link Scripts#toolThenText}, remembering what the script was shown. */
    private static Script recording(List<ModelRequest> seen) {
        Script script = Scripts.toolThenText(TOOL, ARGS, DONE);
        return request -> {
            seen.add(request);
            return script.reply(request);
        };
    }

    private static void assertRoundTripSeen(List<ModelRequest> seen, Dialect dialect, String model, boolean streamed) {
        assertThat(seen).hasSize(2).allSatisfy(r -> {
            assertThat(r.dialect()).isEqualTo(dialect);
            assertThat(r.model()).isEqualTo(model);
            assertThat(r.streamed()).isEqualTo(streamed);
            assertThat(r.toolNames()).containsExactly(TOOL);
            assertThat(r.lastUserText()).isEqualTo("write hello.txt");
            assertThat(r.mentions("hello.txt")).isTrue();
        });
        assertThat(seen).extracting(ModelRequest::toolResults).containsExactly(0, 1);
        assertThat(seen).extracting(ModelRequest::assistantTurns).containsExactly(0, 1);
    }

    private static OpenAIClient openAi(ScriptedModelServer server) {
        return OpenAIOkHttpClient.builder().apiKey("test-key").baseUrl(server.baseUrl() + "/v1").maxRetries(0).build();
    }

    private static AnthropicClient anthropic(ScriptedModelServer server) {
        return AnthropicOkHttpClient.builder().apiKey("test-key").baseUrl(server.baseUrl()).maxRetries(0).build();
    }

    private static ChatCompletion chat(OpenAIClient client, ChatCompletionCreateParams params, boolean streamed) {
        if (!streamed) {
            return client.chat().completions().create(params);
        }
        ChatCompletionAccumulator accumulator = ChatCompletionAccumulator.create();
        ChatCompletionCreateParams withUsage = params.toBuilder()
                .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build()).build();
        try (com.openai.core.http.StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(withUsage)) {
            stream.stream().forEach(accumulator::accumulate);
        }
        return accumulator.chatCompletion();
    }

    private static Response responses(OpenAIClient client, ResponseCreateParams params, boolean streamed) {
        if (!streamed) {
            return client.responses().create(params);
        }
        try (com.openai.core.http.StreamResponse<ResponseStreamEvent> stream = client.responses().createStreaming(params)) {
            List<ResponseStreamEvent> events = stream.stream().toList();
            assertThat(events.get(0).isCreated()).isTrue();
            return events.get(events.size() - 1).asCompleted().response();
        }
    }

    private static Message anthropicMessage(AnthropicClient client, MessageCreateParams params, boolean streamed) {
        if (!streamed) {
            return client.messages().create(params);
        }
        MessageAccumulator accumulator = MessageAccumulator.create();
        try (StreamResponse<RawMessageStreamEvent> stream = client.messages().createStreaming(params)) {
            stream.stream().forEach(accumulator::accumulate);
        }
        return accumulator.message();
    }

    private static Totals sum(CompletionUsage a, CompletionUsage b) {
        long cached = 0;
        for (CompletionUsage u : List.of(a, b)) {
            cached += u.promptTokensDetails().orElseThrow().cachedTokens().orElseThrow();
        }
        return new Totals(a.promptTokens() + b.promptTokens(), cached, a.completionTokens() + b.completionTokens(), 2);
    }

    private HttpResponse<String> post(String url, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A Gemini answer as its chunks: the one body, the SSE data lines, or the JSON array. */
    private static List<JsonNode> geminiChunks(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> chunks = new ArrayList<>();
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
            for (String line : response.body().split("\n")) {
                if (line.startsWith("data: ")) {
                    chunks.add(ScriptedModelServer.JSON.readTree(line.substring(6)));
                }
            }
            return chunks;
        }
        JsonNode body = ScriptedModelServer.JSON.readTree(response.body());
        if (body.isArray()) {
            body.forEach(chunks::add);
        } else {
            chunks.add(body);
        }
        return chunks;
    }
}

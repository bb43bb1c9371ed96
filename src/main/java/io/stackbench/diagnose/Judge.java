package io.stackbench.diagnose;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.agent.model.ChatMessage;
import io.stackbench.agent.model.ChatModel;
import io.stackbench.agent.model.Endpoint;
import io.stackbench.agent.model.ModelFailure;
import io.stackbench.agent.model.Provider;
import io.stackbench.core.Json;
import io.stackbench.core.StackBenchException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The optional LLM judge: a chat model shown the evidence the classifier used, asked for the
 * category, the logic subcategory and its reasons. Its opinion sits beside the classifier's label,
 * never replaces it. Each answer is cached with the SHA-256 of the prompt, so asking again about
 * the same evidence with the same model costs nothing.
 */
public final class Judge {

    /** Written beside a judged run's {@code diagnosis.json}: the model, the prompt's hash, the opinion. */
    public static final String CACHE_FILE = "diagnosis-judge.json";

    private final String model;
    private final ChatModel chat;
    private final Duration timeout;
    private final ObjectMapper json = Json.mapper();

    Judge(String model, ChatModel chat, Duration timeout) {
        this.model = Objects.requireNonNull(model);
        this.chat = Objects.requireNonNull(chat);
        this.timeout = Objects.requireNonNull(timeout);
    }

    /**
     * What the command line says about the judge.
     *
     * @param spec        {@code openai:MODEL} or {@code anthropic:MODEL}, as for the built-in agent
     * @param baseUrl     the model endpoint, overriding {@code OPENAI_BASE_URL} / {@code ANTHROPIC_BASE_URL}
     * @param apiKey      the key, overriding {@code OPENAI_API_KEY} / {@code ANTHROPIC_API_KEY}
     * @param timeout     limit for one HTTP attempt; rate limits and server errors are retried as for the agent
     * @param environment where keys and base URLs are read from
     */
    public record Settings(String spec, Optional<String> baseUrl, Optional<String> apiKey, Duration timeout,
                           Map<String, String> environment) {
        public Settings {
            Objects.requireNonNull(spec);
            Objects.requireNonNull(baseUrl);
            Objects.requireNonNull(apiKey);
            Objects.requireNonNull(timeout);
            environment = Map.copyOf(environment);
        }
    }

    /** The judge {@code settings} name, its client built as the built-in agent builds its own. */
    public static Judge connect(Settings settings) {
        String spec = settings.spec();
        int colon = spec.indexOf(':');
        String kind = colon < 0 ? spec : spec.substring(0, colon);
        String modelName = colon < 0 ? "" : spec.substring(colon + 1);
        Provider provider = Stream.of(Provider.values()).filter(p -> p.id().equals(kind)).findFirst()
                .filter(p -> !modelName.isBlank())
                .orElseThrow(() -> StackBenchException.invalidInput("--judge takes "
                        + Stream.of(Provider.values()).map(p -> p.id() + ":MODEL").collect(Collectors.joining(" or "))
                        + ", e.g. openai:gpt-4.1, not '" + spec + "'"));
        Endpoint endpoint;
        try {
            endpoint = Endpoint.resolve(provider, settings.baseUrl(), settings.apiKey(), settings.environment());
        } catch (StackBenchException e) {
            throw StackBenchException.invalidInput("--judge " + spec + ": set " + provider.apiKeyVariable()
                    + " (or name another variable with --judge-api-key-env), or give --judge-base-url for a server that needs no key");
        }
        return new Judge(spec, provider.connect(modelName, endpoint), settings.timeout());
    }

    /** The judge's name in opinions and caches: its spec, e.g. {@code openai:gpt-4.1}. */
    public String model() {
        return model;
    }

    /**
     * One run to judge: the classifier's diagnosis, the evidence it rests on, where the answer for
     * a prompt hash is cached, and the {@code diagnosis.json} to rewrite with the opinion, if any.
     */
    record Case(Diagnosis diagnosis, Evidence evidence, Function<String, Path> cacheFile, Optional<Path> diagnosisFile) {
    }

    /** The judge's opinion of a run, or why there is none, and whether it came from the cache. */
    record Verdict(Optional<Diagnosis.JudgeOpinion> opinion, Optional<String> error, boolean cached) {
    }

    /** What a cache file holds. */
    record Cached(String model, String promptSha256, Diagnosis.JudgeOpinion opinion) {
    }

    /**
     * Every case judged in turn; a run the judge could not answer for keeps its classifier
     * diagnosis alone and is reported in {@link Judged#judgeErrors()}.
     *
     * @throws StackBenchException when the endpoint rejects the key or does not know the model:
     *         no other run could be judged either (the answers so far are cached)
     */
    Judged judgeAll(List<Case> cases, Diagnose.Outcome classified) {
        List<Diagnosis> diagnoses = new ArrayList<>(classified.diagnoses());
        List<Diagnose.RecordError> errors = new ArrayList<>();
        int asked = 0;
        int reused = 0;
        for (Case c : cases) {
            Verdict verdict = judge(c.evidence(), c.cacheFile());
            if (verdict.cached()) {
                reused++;
            } else {
                asked++;
            }
            verdict.error().ifPresent(e -> errors.add(new Diagnose.RecordError(c.diagnosis().id(), e)));
            if (verdict.opinion().isPresent()) {
                Diagnosis judged = c.diagnosis().withJudge(verdict.opinion().get());
                diagnoses.replaceAll(d -> d == c.diagnosis() ? judged : d);
                c.diagnosisFile().ifPresent(f -> Json.writeAtomically(json, f, judged));
            }
        }
        return new Judged(new Diagnose.Outcome(diagnoses, classified.errors(), classified.passedRuns()), errors, asked, reused);
    }

    /** The judge's opinion of {@code evidence}: from the cache when the model and the prompt are the same, else asked. */
    Verdict judge(Evidence evidence, Function<String, Path> cacheFile) {
        JudgePrompt prompt = JudgePrompt.of(evidence);
        String hash = prompt.sha256();
        Path file = cacheFile.apply(hash);
        Optional<Cached> cached = read(file).filter(c -> c.model().equals(model) && c.promptSha256().equals(hash));
        if (cached.isPresent()) {
            return new Verdict(Optional.of(cached.get().opinion()), Optional.empty(), true);
        }
        String reply;
        try {
            reply = chat.reply(List.of(ChatMessage.system(prompt.system()), ChatMessage.user(prompt.user())), timeout).text();
        } catch (ModelFailure e) {
            return new Verdict(Optional.empty(), Optional.of("the judge did not answer: " + e.getMessage()), false);
        }
        Diagnosis.JudgeOpinion opinion;
        try {
            opinion = JudgeReply.parse(model, reply);
        } catch (IllegalArgumentException e) {
            return new Verdict(Optional.empty(), Optional.of("the judge's answer is unusable: " + e.getMessage()), false);
        }
        Json.writeAtomically(json, file, new Cached(model, hash, opinion));
        return new Verdict(Optional.of(opinion), Optional.empty(), false);
    }

    /** The cache file of a record in {@code dir}: one per record id and prompt hash. */
    static Function<String, Path> recordCache(Path dir, String id) {
        String safe = id.replaceAll("[^A-Za-z0-9._-]", "_");
        String name = safe.length() <= 80 ? safe : safe.substring(0, 80);
        return hash -> dir.resolve(name + "-" + hash + ".json");
    }

    private Optional<Cached> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Cached c = json.readValue(file.toFile(), Cached.class);
            return c.model() == null || c.promptSha256() == null || c.opinion() == null ? Optional.empty() : Optional.of(c);
        } catch (IOException e) {
            return Optional.empty();  // A broken cache entry is no answer: ask again and overwrite it.
        }
    }
}

package io.stackbench.diagnose;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the judge's answer: one JSON object of {@code category}, {@code subcategory} and
 * {@code reasoning}, bare, in a {@code ```json} fence, or with words around it. Anything else,
 * or an id the taxonomy does not have, is an {@link IllegalArgumentException} saying what was wrong.
 */
final class JudgeReply {

    private static final Pattern FENCE = Pattern.compile("```(?:json|JSON)?\\s*\\n?(.*?)```", Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int QUOTED_CHARS = 200;

    private JudgeReply() {
    }

    /** The opinion in {@code reply}; a subcategory beside a category other than logic_error is dropped. */
    static Diagnosis.JudgeOpinion parse(String model, String reply) {
        JsonNode answer = object(reply);
        JsonNode category = answer.path("category");
        if (!category.isTextual()) {
            throw new IllegalArgumentException("the judge's answer has no \"category\": " + quote(reply));
        }
        Category c = Category.fromId(normalise(category.asText()));
        JsonNode sub = answer.path("subcategory");
        Optional<Subcategory> s = Optional.empty();
        if (sub.isTextual() && !normalise(sub.asText()).isEmpty() && !normalise(sub.asText()).equals("null")) {
            s = Optional.of(Subcategory.fromId(normalise(sub.asText())));
        } else if (!sub.isMissingNode() && !sub.isNull() && !sub.isTextual()) {
            throw new IllegalArgumentException("the judge's \"subcategory\" is not text or null: " + quote(reply));
        }
        return new Diagnosis.JudgeOpinion(model, c, c == Category.LOGIC_ERROR ? s : Optional.empty(),
                answer.path("reasoning").asText("").strip());
    }

    private static JsonNode object(String reply) {
        String text = reply.strip();
        Matcher fence = FENCE.matcher(text);
        if (fence.find()) {
            text = fence.group(1).strip();
        }
        int start = text.indexOf('{');
        int end = text.lastIndexOf('}');
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("the judge's answer holds no JSON object: " + quote(reply));
        }
        try {
            JsonNode node = JSON.readTree(text.substring(start, end + 1));
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("the judge's answer holds no JSON object: " + quote(reply));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the judge's answer is not valid JSON (" + e.getOriginalMessage() + "): "
                    + quote(reply));
        }
    }

    /** Ids as the taxonomy spells them: {@code Logic Error} and {@code logic-error} are {@code logic_error}. */
    private static String normalise(String id) {
        return id.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    private static String quote(String reply) {
        String flat = JudgePrompt.cut(reply);
        return "'" + (flat.length() <= QUOTED_CHARS ? flat : flat.substring(0, QUOTED_CHARS) + "…") + "'";
    }
}

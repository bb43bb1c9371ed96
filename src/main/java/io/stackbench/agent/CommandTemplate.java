package io.stackbench.agent;

import io.stackbench.core.StackBenchException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CLI agent's command line with {@code {{name}}} placeholders, run with {@code bash -c}.
 *
 * <p>Every value is substituted as one single-quoted shell word, so a prompt or a path with
 * spaces, quotes, {@code $} or {@code ;} can neither break the command nor inject into it. For
 * the same reason a placeholder may not sit inside quotes written in the template: the value
 * would then carry its own quotes literally.
 */
record CommandTemplate(String text) {

    /** The placeholders a template may use. */
    static final Set<String> PLACEHOLDERS = Set.of("prompt_file", "prompt", "workspace", "model", "record_dir", "task", "base_url");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]*)}}");

    CommandTemplate {
        if (text.isBlank()) {
            throw StackBenchException.invalidInput("the command template is empty; write e.g. cmd:'my-agent --prompt-file {{prompt_file}}'");
        }
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (!PLACEHOLDERS.contains(name)) {
                throw StackBenchException.invalidInput("the command template uses {{" + name + "}}; known placeholders are "
                        + new TreeSet<>(PLACEHOLDERS).stream().map(p -> "{{" + p + "}}").toList());
            }
            char before = m.start() > 0 ? text.charAt(m.start() - 1) : ' ';
            char after = m.end() < text.length() ? text.charAt(m.end()) : ' ';
            if (before == '\'' || before == '"' || after == '\'' || after == '"') {
                throw StackBenchException.invalidInput("the command template quotes {{" + name + "}}; placeholders are "
                        + "substituted as already-quoted shell words, so write them without quotes");
            }
        }
    }

    /** The command with every placeholder replaced by its value, shell-quoted. */
    String render(Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw StackBenchException.internal("no value for {{" + m.group(1) + "}}", null);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(shellQuote(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** One shell word that stands for exactly {@code value}. */
    static String shellQuote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}

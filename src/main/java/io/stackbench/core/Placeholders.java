package io.stackbench.core;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {{name}}} placeholders in the project's own templates (prompts, oracle files).
 *
 * <p>The templates are written in this project and need nothing beyond named substitution, so a
 * template engine would add a dependency without adding clarity. An unknown placeholder is an
 * error rather than silently left in place: a prompt with a hole in it would skew a benchmark.
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_][a-z0-9_]*)}}");

    private Placeholders() {
    }

    /** Replaces every placeholder; lines made only of a placeholder that renders empty are dropped. */
    public static String render(String template, Map<String, String> values, String templateName) {
        StringBuilder out = new StringBuilder(template.length());
        for (String line : template.split("\n", -1)) {
            Matcher lone = PLACEHOLDER.matcher(line.strip());
            if (lone.matches() && lookup(values, lone.group(1), templateName).isEmpty()) {
                continue;
            }
            Matcher m = PLACEHOLDER.matcher(line);
            StringBuilder rendered = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(rendered, Matcher.quoteReplacement(lookup(values, m.group(1), templateName)));
            }
            m.appendTail(rendered);
            out.append(rendered).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private static String lookup(Map<String, String> values, String name, String templateName) {
        String value = values.get(name);
        if (value == null) {
            throw StackBenchException.internal(
                    "template " + templateName + " uses {{" + name + "}}, which has no value", null);
        }
        return value;
    }
}

package io.stackbench.task;

import io.stackbench.core.Placeholders;
import io.stackbench.core.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders a task's prompt from the section templates in {@code prompt/}, embedding the contract
 * verbatim. Only the sections the task's constraints call for appear; a feature task's prompt
 * opens with the codebase it extends and the feature's operations instead of a blank page.
 */
public final class PromptRenderer {

    private final String contract;

    public PromptRenderer(String contract) {
        this.contract = contract;
    }

    /** The names of the sections the prompt of {@code task} has, in order. */
    public List<String> sections(Task task) {
        List<String> sections = new ArrayList<>(task.kind() == Task.Kind.FEATURE
                ? List.of("feature-instruction", "feature-requirements") : List.of("instruction", "requirements"));
        task.constraints().dimension(Constraint.Kind.ARCHITECTURE).ifPresent(c -> sections.add("architecture-" + c.id()));
        task.constraints().dimension(Constraint.Kind.DATABASE).ifPresent(c -> sections.add("database-" + c.id()));
        task.constraints().dimension(Constraint.Kind.ORM).ifPresent(c -> sections.add("orm-" + c.id()));
        sections.add("mandatory-files-" + task.runtime().id());
        sections.add("server");
        sections.add("evaluation");
        return sections;
    }

    public String render(Task task) {
        Map<String, String> values = new java.util.HashMap<>(Map.of(
                "framework", task.framework().displayName(),
                "runtime_label", task.runtime() == Runtime.PYTHON ? "Python 3" : "Node.js 20",
                "contract", contract.stripTrailing(),
                "evaluation_steps", evaluationSteps(task),
                "verifier_note", task.level() == 0
                        ? ""
                        : ", and the constraints above are checked by static verifiers: a violation scores zero"));
        task.feature().ifPresent(f -> {
            values.put("feature_description", f.feature().description());
            values.put("feature_operations", operations(f.feature().operations()));
        });
        StringBuilder prompt = new StringBuilder();
        for (String section : sections(task)) {
            String template = Resources.text(PromptRenderer.class, "prompt/" + section + ".md");
            prompt.append(Placeholders.render(template.stripTrailing(), values, section)).append("\n\n");
        }
        return prompt.toString().stripTrailing() + "\n";
    }

    /** The operations as {@code - `POST /articles/{slug}/comments` (CreateArticleComment)}, from the contract. */
    private String operations(List<String> ids) {
        Map<String, String> routes = new java.util.LinkedHashMap<>();
        try {
            var paths = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(contract).path("paths");
            paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                String id = op.getValue().path("operationId").asText("");
                if (!id.isEmpty()) {
                    routes.put(id, op.getKey().toUpperCase(java.util.Locale.ROOT) + " /api" + path.getKey());
                }
            }));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the contract is not YAML", e);
        }
        StringBuilder out = new StringBuilder();
        for (String id : ids) {
            out.append("- `").append(routes.getOrDefault(id, id)).append("` (").append(id).append(")\n");
        }
        return out.toString().stripTrailing();
    }

    private static String evaluationSteps(Task task) {
        List<String> steps = new ArrayList<>();
        task.setupCommands().forEach(command -> steps.add("`" + command + "`"));
        steps.add("`" + task.runCommand() + "`, in the foreground");
        steps.add("`GET http://localhost:" + Task.PORT + Task.HEALTH_CHECK_PATH + "` is polled until it answers 200");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            out.append(i + 1).append(". ").append(steps.get(i)).append('\n');
        }
        return out.toString().stripTrailing();
    }
}

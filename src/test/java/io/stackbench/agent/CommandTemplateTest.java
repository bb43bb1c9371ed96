package io.stackbench.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackbench.core.StackBenchException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandTemplateTest {

    @TempDir
    Path tmp;

    private String bash(String command) throws Exception {
        Process p = new ProcessBuilder("bash", "-c", command).directory(tmp.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }

    @Test
    void aPathWithSpacesAndQuotesAndAPromptFullOfShellSyntaxReachTheProgramAsOneWordEach() throws Exception {
        String path = tmp.resolve("my dir/it's \"here\" $(touch pwned); echo no").toString();
        String prompt = "line one\nit's `touch pwned2` and \"$HOME\" ; exit 7 \\ end";
        String command = new CommandTemplate("printf '[%s]\\n' {{prompt_file}} {{prompt}} {{model}}")
                .render(Map.of("prompt_file", path, "prompt", prompt, "model", "anthropic/claude sonnet"));
        assertThat(bash(command)).isEqualTo("[" + path + "]\n[" + prompt + "]\n[anthropic/claude sonnet]\n");
        assertThat(tmp.resolve("pwned")).doesNotExist();
        assertThat(tmp.resolve("pwned2")).doesNotExist();
    }

    @Test
    void aPlaceholderInsideACommandSubstitutionStillNamesTheFile() throws Exception {
        Path file = Files.writeString(tmp.resolve("a 'prompt' file.md"), "hello world");
        String command = new CommandTemplate("printf '[%s]' \"$(cat {{prompt_file}})\"").render(Map.of("prompt_file", file.toString()));
        assertThat(bash(command)).isEqualTo("[hello world]");
    }

    @Test
    void anUnknownPlaceholderIsAnInputErrorNamingTheKnownOnes() {
        assertThatThrownBy(() -> new CommandTemplate("agent --task {{task_file}}"))
                .isInstanceOf(StackBenchException.class)
                .hasMessageContaining("{{task_file}}").hasMessageContaining("{{prompt_file}}").hasMessageContaining("{{workspace}}");
    }

    @Test
    void aQuotedPlaceholderIsRefusedBecauseItsValueIsQuotedAlready() {
        for (String template : List.of("agent '{{prompt_file}}'", "agent \"{{workspace}}\"")) {
            assertThatThrownBy(() -> new CommandTemplate(template)).as(template)
                    .isInstanceOf(StackBenchException.class).hasMessageContaining("without quotes");
        }
    }

    @Test
    void anEmptyTemplateIsAnInputError() {
        assertThatThrownBy(() -> new CommandTemplate("  ")).isInstanceOf(StackBenchException.class)
                .satisfies(e -> assertThat(((StackBenchException) e).kind()).isEqualTo(StackBenchException.Kind.INVALID_INPUT));
    }
}

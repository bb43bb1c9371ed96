package io.stackbench.agent.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.stackbench.core.StackBenchException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceTableTest {

    @TempDir
    Path tmp;

    @Test
    void theBuiltInTableKnowsCommonOpenAiAndAnthropicModels() {
        PriceTable table = PriceTable.load(Optional.empty());
        assertThat(table.lookup("gpt-4o")).contains(new Price(2.5, 10.0));
        assertThat(table.lookup("claude-sonnet-4-5")).contains(new Price(3.0, 15.0));
    }

    @Test
    void aDatedSnapshotCostsWhatItsAliasCostsButNothingFuzzierMatches() {
        PriceTable table = PriceTable.load(Optional.empty());
        assertThat(table.lookup("claude-sonnet-4-5-20250929")).isEqualTo(table.lookup("claude-sonnet-4-5"));
        assertThat(table.lookup("gpt-4.1-2025-04-14")).isEqualTo(table.lookup("gpt-4.1"));
        assertThat(table.lookup("gpt-4o-2024-05-13")).contains(new Price(5.0, 15.0));
        assertThat(table.lookup("gpt-4o-turbo-preview")).isEmpty();
        assertThat(table.lookup("my-local-model")).isEmpty();
    }

    @Test
    void aUserTableExtendsAndOverridesTheBuiltInOne() throws Exception {
        Path file = tmp.resolve("prices.json");
        Files.writeString(file, """
                {"_comment": "ours", "gpt-4o": {"input": 1.0, "output": 2.0}, "my-local-model": {"input": 0, "output": 0.5}}
                """);
        PriceTable table = PriceTable.load(Optional.of(file));
        assertThat(table.lookup("gpt-4o")).contains(new Price(1.0, 2.0));
        assertThat(table.lookup("my-local-model")).contains(new Price(0.0, 0.5));
        assertThat(table.lookup("claude-haiku-4-5")).contains(new Price(1.0, 5.0));
        assertThat(new Price(1.0, 2.0).cost(1_000_000, 500_000)).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void aMalformedUserTableIsInvalidInputNamingTheFileAndModel() throws Exception {
        Path file = tmp.resolve("prices.json");
        Files.writeString(file, "{\"gpt-4o\": {\"input\": \"cheap\"}}");
        assertThatThrownBy(() -> PriceTable.load(Optional.of(file)))
                .isInstanceOfSatisfying(StackBenchException.class, e -> assertThat(e.kind()).isEqualTo(StackBenchException.Kind.INVALID_INPUT))
                .hasMessageContaining(file.toString()).hasMessageContaining("gpt-4o");
        Files.writeString(file, "not json");
        assertThatThrownBy(() -> PriceTable.load(Optional.of(file))).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> PriceTable.load(Optional.of(tmp.resolve("missing.json")))).hasMessageContaining("cannot read");
    }
}

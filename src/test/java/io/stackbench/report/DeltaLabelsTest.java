package io.stackbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbench.core.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ΔA% exists on raw and on strict A%, and the study's ΔA% is the strict one; every format says which
 * is which. On the metrics fixture, A% falls 91.7 → 60.0 (ΔA% raw −31.7) and strict A% 91.7 → 0.0
 * (ΔA% strict −91.7), because the only L3 run failed a verifier.
 */
class DeltaLabelsTest {

    private final Report report = Fixtures.report(Fixtures.metrics(), List.of());

    private String render(ReportFormat format) {
        return format.render(report, new RunLinks(Fixtures.metrics()));
    }

    @Test
    void theTerminalAndMarkdownTablesHeadEachDeltaRawOrStrict() {
        TextTable decay = Sections.decay(report.decays());
        assertThat(decay.headers()).contains("ΔA% raw", "ΔA% raw rel%", "ΔA% strict", "ΔA% strict rel%").doesNotContain("ΔA%");
        assertThat(decay.rows()).singleElement().satisfies(row -> {
            assertThat(row.get(decay.headers().indexOf("ΔA% raw"))).isEqualTo("-31.7");
            assertThat(row.get(decay.headers().indexOf("ΔA% strict"))).isEqualTo("-91.7");
        });
        assertThat(Sections.effects(report.effects()).headers()).contains("Δ strict A%", "Δ raw A%").doesNotContain("Δ A%");
        assertThat(render(ReportFormat.TABLE)).contains("ΔA% raw", "ΔA% strict");
        assertThat(render(ReportFormat.MD)).contains("| ΔA% raw | ΔA% raw rel% |", "| ΔA% strict | ΔA% strict rel% |");
    }

    @Test
    void jsonNamesTheRawDeltaAndKeepsItsFirstNameForOlderReaders() throws Exception {
        JsonNode decay = Json.mapper().readTree(render(ReportFormat.JSON)).path("decay").get(0);
        assertThat(decay.path("rawDelta").asDouble()).isEqualTo(-31.6667);
        assertThat(decay.path("rawRelativeDelta").asDouble()).isEqualTo(-34.5455);
        assertThat(decay.path("strictDelta").asDouble()).isEqualTo(-91.6667);
        assertThat(decay.path("strictRelativeDelta").asDouble()).isEqualTo(-100.0);
        assertThat(decay.path("delta")).isEqualTo(decay.path("rawDelta"));
        assertThat(decay.path("relativeDelta")).isEqualTo(decay.path("rawRelativeDelta"));
    }

    @Test
    void latexShowsTheStrictDeltaOfTheStudyAndTheRawDeltaUnderTheirOwnHeadings() {
        String latex = render(ReportFormat.LATEX);
        assertThat(latex).contains("\\multicolumn{2}{c}{$\\Delta$A\\% strict (L3$-$L0)}",
                "\\multicolumn{2}{c}{$\\Delta$A\\% raw (L3$-$L0)}",
                "& $-$91.7 & $-$100.0 & $-$31.7 & $-$34.5 &", "$\\Delta$ raw A\\%");
    }

    @Test
    void htmlLabelsBothDeltasInItsTableAndCaption() {
        String html = render(ReportFormat.HTML);
        assertThat(html).contains("<th>ΔA% raw</th>", "<th>ΔA% strict</th>", "ΔA% strict (the study&#39;s ΔA%) on strict A%");
    }
}

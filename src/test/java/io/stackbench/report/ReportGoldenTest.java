package io.stackbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The text formats are fixed by golden files (src/test/resources/io/stackbench/report/golden),
 * compared byte for byte. After an intended change, regenerate them with
 * {@code ./mvnw test -Dtest=ReportGoldenTest -Dstackbench.updateGolden=true} and review the diff.
 */
class ReportGoldenTest {

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
        "metrics, csv, ''", "metrics, md, ''", "metrics, latex, ''", "metrics, json, ''", "metrics, table, ''",
        "decay, csv, ''", "decay, md, ''", "decay, latex, ''", "decay, json, ''",
        "decay, md, framework;level", "decay, latex, framework;level", "decay, csv, constraint"})
    void eachFormatMatchesItsGoldenFileExactly(String fixture, String format, String by) throws IOException {
        Locale saved = Locale.getDefault();
        // A locale with a decimal comma must not change a single character.
        Locale.setDefault(Locale.GERMANY);
        String rendered;
        try {
            List<Dimension> dimensions = by.isEmpty() ? List.of()
                    : java.util.Arrays.stream(by.split(";")).map(Dimension::fromId).toList();
            Path tree = fixture.equals("metrics") ? Fixtures.metrics() : Fixtures.decay();
            rendered = ReportFormat.valueOf(format.toUpperCase(Locale.ROOT))
                    .render(Fixtures.report(tree, dimensions), new RunLinks(tree));
        } finally {
            Locale.setDefault(saved);
        }
        String extension = switch (format) {
            case "latex" -> "tex";
            case "table" -> "txt";
            default -> format;
        };
        Path golden = Fixtures.resources().resolve("golden")
                .resolve(fixture + (by.isEmpty() ? "" : "-by-" + by.replace(';', '-')) + "." + extension);
        if (Boolean.getBoolean("stackbench.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, rendered);
        }
        assertThat(golden).as("golden file; regenerate with -Dstackbench.updateGolden=true").exists();
        assertThat(rendered).isEqualTo(Files.readString(golden));
    }
}

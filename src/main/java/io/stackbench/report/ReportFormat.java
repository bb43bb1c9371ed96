package io.stackbench.report;

import java.util.stream.Collectors;

/** The output formats of {@code stackbench report}. */
public enum ReportFormat {
    TABLE, CSV, JSON, MD, LATEX, HTML;

    /** Renders {@code report}; {@code links} places the HTML report's links to run files. */
    public String render(Report report, RunLinks links) {
        return switch (this) {
            case TABLE -> report.warnings().stream().map(w -> "warning: " + w + "\n\n").collect(Collectors.joining())
                    + Sections.of(report).stream().map(TextTable::aligned).collect(Collectors.joining("\n"));
            case CSV -> CsvFormat.render(report);
            case JSON -> JsonFormat.render(report);
            case MD -> "# StackBench report\n\n" + Sections.of(report).stream().map(TextTable::markdown).collect(Collectors.joining("\n"));
            case LATEX -> "% StackBench report; needs \\usepackage{booktabs}\n" + LatexFormat.render(report);
            case HTML -> HtmlFormat.render(report, links);
        };
    }
}

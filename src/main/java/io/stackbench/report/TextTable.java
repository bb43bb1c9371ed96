package io.stackbench.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A titled table of strings, rendered aligned for terminals or as Markdown.
 *
 * @param leftColumns how many leading columns are labels (left-aligned); the rest are numbers
 */
record TextTable(String title, List<String> headers, List<List<String>> rows, int leftColumns) {

    TextTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException(title + ": row " + row + " does not match " + headers);
            }
        }
    }

    String aligned() {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder(title).append('\n');
        line(out, headers, widths);
        List<String> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add("-".repeat(w));
        }
        line(out, rule, widths);
        rows.forEach(r -> line(out, r, widths));
        return out.toString();
    }

    private void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String pad = " ".repeat(widths[i] - cells.get(i).length());
            l.append(i == 0 ? "" : "  ").append(i < leftColumns ? cells.get(i) + pad : pad + cells.get(i));
        }
        out.append(l.toString().stripTrailing()).append('\n');
    }

    String markdown() {
        StringBuilder out = new StringBuilder("## ").append(title).append("\n\n");
        out.append("| ").append(String.join(" | ", headers.stream().map(TextTable::escape).toList())).append(" |\n|");
        for (int i = 0; i < headers.size(); i++) {
            out.append(i < leftColumns ? " --- |" : " ---: |");
        }
        out.append('\n');
        rows.forEach(r -> out.append("| ").append(String.join(" | ", r.stream().map(TextTable::escape).toList())).append(" |\n"));
        return out.toString();
    }

    private static String escape(String cell) {
        return cell.replace("|", "\\|");
    }
}

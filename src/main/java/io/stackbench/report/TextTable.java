package io.stackbench.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A titled table of strings, rendered aligned for terminals or as Markdown; or, where there is
 * nothing to tabulate, a one-line note under the title.
 *
 * @param leftColumns how many leading columns are labels (left-aligned); the rest are numbers
 * @param note the note a section shows instead of a table; empty for a table
 */
record TextTable(String title, List<String> headers, List<List<String>> rows, int leftColumns, String note) {

    TextTable(String title, List<String> headers, List<List<String>> rows, int leftColumns) {
        this(title, headers, rows, leftColumns, "");
    }

    /** A section that is one line of text rather than a table. */
    static TextTable note(String title, String note) {
        if (note.isEmpty()) {
            throw new IllegalArgumentException(title + ": an empty note");
        }
        return new TextTable(title, List.of(), List.of(), 0, note);
    }

    TextTable {
        headers = List.copyOf(headers);
        java.util.Objects.requireNonNull(note);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException(title + ": row " + row + " does not match " + headers);
            }
        }
    }

    boolean isNote() {
        return !note.isEmpty();
    }

    String aligned() {
        if (isNote()) {
            return title + ": " + note + "\n";
        }
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
        if (isNote()) {
            return out.append(note).append('\n').toString();
        }
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

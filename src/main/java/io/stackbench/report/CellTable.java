package io.stackbench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Task scores grouped by one or more dimensions: one cell per combination of values present. */
public record CellTable(String name, List<Dimension> dimensions, List<Cell> cells) {

    public CellTable {
        Objects.requireNonNull(name);
        dimensions = List.copyOf(dimensions);
        cells = List.copyOf(cells);
    }

    /** Groups {@code scores}; with no dimension, one cell over everything. Cells come in the dimensions' value order. */
    static CellTable of(String name, List<Dimension> dimensions, List<TaskScore> scores) {
        Map<List<String>, List<TaskScore>> groups = new TreeMap<>(keyOrder(dimensions));
        for (TaskScore score : scores) {
            for (List<String> key : keys(dimensions, score)) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(score);
            }
        }
        List<Cell> cells = new ArrayList<>();
        groups.forEach((key, group) -> cells.add(Cell.of(key, group)));
        return new CellTable(name, dimensions, cells);
    }

    /** Every combination of the score's values; more than one only when a dimension is multi-valued. */
    private static List<List<String>> keys(List<Dimension> dimensions, TaskScore score) {
        List<List<String>> keys = List.of(List.of());
        for (Dimension d : dimensions) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : keys) {
                for (String value : d.values(score)) {
                    List<String> key = new ArrayList<>(prefix);
                    key.add(value);
                    next.add(List.copyOf(key));
                }
            }
            keys = next;
        }
        return keys;
    }

    private static Comparator<List<String>> keyOrder(List<Dimension> dimensions) {
        return (a, b) -> {
            for (int i = 0; i < dimensions.size(); i++) {
                int c = dimensions.get(i).order().compare(a.get(i), b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }

    /** The cell with this key, if the table has one. */
    public java.util.Optional<Cell> cell(List<String> key) {
        return cells.stream().filter(c -> c.key().equals(key)).findFirst();
    }
}

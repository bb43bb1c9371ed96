package io.stackbench.report;

import java.util.List;
import java.util.Optional;

/** Framework × level heat map of strict A%, averaged over tasks and configurations. */
final class HeatMap {

    private static final List<String> LEVELS = List.of("L0", "L1", "L2", "L3");
    private static final int LABEL = 90;
    private static final int CELL_W = 86;
    private static final int CELL_H = 30;
    private static final int TOP = 26;

    private HeatMap() {
    }

    static String svg(Report report) {
        CellTable table = report.table(Report.FRAMEWORK_BY_LEVEL);
        List<String> frameworks = table.cells().stream().map(c -> c.key().get(0)).distinct().toList();
        int width = LABEL + CELL_W * LEVELS.size() + 8;
        int height = TOP + CELL_H * Math.max(1, frameworks.size()) + 8;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg id=\"heat-map\" class=\"chart\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"strict A% per framework and level\">\n");
        for (int l = 0; l < LEVELS.size(); l++) {
            svg.append("<text class=\"tick\" x=\"").append(LABEL + CELL_W * l + CELL_W / 2).append("\" y=\"").append(TOP - 8)
                    .append("\" text-anchor=\"middle\">").append(LEVELS.get(l)).append("</text>");
        }
        svg.append('\n');
        for (int f = 0; f < frameworks.size(); f++) {
            String framework = frameworks.get(f);
            int y = TOP + CELL_H * f;
            svg.append("<text class=\"tick\" x=\"").append(LABEL - 8).append("\" y=\"").append(y + CELL_H / 2 + 4)
                    .append("\" text-anchor=\"end\">").append(Html.escape(Dimension.FRAMEWORK.label(framework))).append("</text>");
            for (int l = 0; l < LEVELS.size(); l++) {
                Optional<Cell> cell = table.cell(List.of(framework, LEVELS.get(l)));
                int x = LABEL + CELL_W * l;
                String fill = cell.map(c -> Html.heat(c.strictAssertPercent())).orElse("#e5e5e5");
                String text = cell.map(c -> Numbers.one(c.strictAssertPercent())).orElse("–");
                svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(CELL_W - 2)
                        .append("\" height=\"").append(CELL_H - 2).append("\" rx=\"3\" fill=\"").append(fill).append("\"><title>")
                        .append(Html.escape(Dimension.FRAMEWORK.label(framework))).append(' ').append(LEVELS.get(l)).append(": ")
                        .append(cell.map(c -> "strict A% " + Numbers.one(c.strictAssertPercent()) + ", A% "
                                + Numbers.one(c.assertPercent()) + ", " + c.tasks() + " tasks").orElse("no runs"))
                        .append("</title></rect><text class=\"value\" x=\"").append(x + CELL_W / 2 - 1).append("\" y=\"")
                        .append(y + CELL_H / 2 + 4).append("\" text-anchor=\"middle\">").append(text).append("</text>");
            }
            svg.append('\n');
        }
        return svg.append("</svg>\n").toString();
    }
}

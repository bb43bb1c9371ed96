package io.stackbench.report;

import java.util.List;
import java.util.Optional;

/** The decay curve: A% per level, one line per configuration (solid strict, dashed raw). */
final class DecayChart {

    private static final List<String> LEVELS = List.of("L0", "L1", "L2", "L3");
    private static final int WIDTH = 660;
    private static final int HEIGHT = 340;
    private static final int LEFT = 48;
    private static final int RIGHT = 190;
    private static final int TOP = 16;
    private static final int BOTTOM = 40;

    private DecayChart() {
    }

    static String svg(Report report) {
        CellTable table = report.table(Report.MAIN);
        List<Configuration> configurations = report.decays().stream().map(Decay::configuration).toList();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg id=\"decay-chart\" class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"A% per level per configuration\">\n");
        for (int p = 0; p <= 100; p += 25) {
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(Html.xy(y(p))).append("\" y2=\"").append(Html.xy(y(p))).append("\"/>")
                    .append("<text class=\"tick\" x=\"").append(LEFT - 6).append("\" y=\"").append(Html.xy(y(p) + 4))
                    .append("\" text-anchor=\"end\">").append(p).append("</text>\n");
        }
        for (int i = 0; i < LEVELS.size(); i++) {
            svg.append("<text class=\"tick\" x=\"").append(Html.xy(x(i))).append("\" y=\"").append(HEIGHT - BOTTOM + 18)
                    .append("\" text-anchor=\"middle\">").append(LEVELS.get(i)).append("</text>\n");
        }
        svg.append("<text class=\"axis\" x=\"").append(LEFT - 30).append("\" y=\"").append(Html.xy(y(50)))
                .append("\" transform=\"rotate(-90 ").append(LEFT - 30).append(' ').append(Html.xy(y(50)))
                .append(")\" text-anchor=\"middle\">A%</text>\n");
        svg.append("<text class=\"axis\" x=\"").append(Html.xy((LEFT + WIDTH - RIGHT) / 2.0)).append("\" y=\"").append(HEIGHT - 4)
                .append("\" text-anchor=\"middle\">level (number of constraints)</text>\n");
        for (int c = 0; c < configurations.size(); c++) {
            Configuration configuration = configurations.get(c);
            String colour = Html.colour(c);
            line(svg, table, configuration, colour, false);
            line(svg, table, configuration, colour, true);
            int ly = TOP + 14 + 22 * c;
            int lx = WIDTH - RIGHT + 16;
            svg.append("<path class=\"legend\" d=\"M").append(lx).append(' ').append(ly - 4).append(" h22\" stroke=\"")
                    .append(colour).append("\" stroke-width=\"3\"/><text x=\"").append(lx + 28).append("\" y=\"").append(ly)
                    .append("\">").append(Html.escape(configuration.id())).append("</text>\n");
        }
        int ly = TOP + 14 + 22 * configurations.size() + 8;
        svg.append("<text class=\"note\" x=\"").append(WIDTH - RIGHT + 16).append("\" y=\"").append(ly)
                .append("\">solid: strict A%</text><text class=\"note\" x=\"").append(WIDTH - RIGHT + 16).append("\" y=\"")
                .append(ly + 16).append("\">dashed: raw A%</text>\n");
        return svg.append("</svg>\n").toString();
    }

    private static void line(StringBuilder svg, CellTable table, Configuration configuration, String colour, boolean strict) {
        StringBuilder d = new StringBuilder();
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < LEVELS.size(); i++) {
            Optional<Cell> cell = table.cell(List.of(configuration.agent(), configuration.model(), LEVELS.get(i)));
            if (cell.isEmpty()) {
                continue;
            }
            double value = strict ? cell.get().strictAssertPercent() : cell.get().assertPercent();
            d.append(d.length() == 0 ? "M" : " L").append(Html.xy(x(i))).append(' ').append(Html.xy(y(value)));
            points.append("<circle cx=\"").append(Html.xy(x(i))).append("\" cy=\"").append(Html.xy(y(value)))
                    .append("\" r=\"").append(strict ? 4 : 3).append("\" fill=\"").append(strict ? colour : "white")
                    .append("\" stroke=\"").append(colour).append("\"><title>").append(Html.escape(configuration.id()))
                    .append(' ').append(LEVELS.get(i)).append(strict ? " strict A% " : " A% ").append(Numbers.one(value))
                    .append("</title></circle>");
        }
        if (d.length() > 0) {
            svg.append("<path class=\"series").append(strict ? " strict" : " raw").append("\" d=\"").append(d)
                    .append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"").append(strict ? "2.5" : "1.5")
                    .append(strict ? "" : "\" stroke-dasharray=\"5 4").append("\"/>").append(points).append('\n');
        }
    }

    private static double x(int level) {
        return LEFT + 30 + level * (WIDTH - LEFT - RIGHT - 60) / 3.0;
    }

    private static double y(double percent) {
        return TOP + (100 - percent) * (HEIGHT - TOP - BOTTOM) / 100.0;
    }
}

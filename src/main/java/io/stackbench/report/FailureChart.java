package io.stackbench.report;

import io.stackbench.diagnose.Subcategory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Why runs failed, as horizontal stacked bars, one per configuration: the coarse categories as % of
 * failed runs, and the logic subcategories as % of logic errors with the data layer's two bracketed.
 * Colour is never the only cue: every segment carries its legend key (and its percentage where it
 * fits) and a tooltip, and the legend names each key.
 */
final class FailureChart {

    private static final int WIDTH = 660;
    private static final int LABEL = 190;
    private static final int RIGHT = 16;
    private static final int BAR = 22;
    private static final int TOP = 10;
    private static final int LEGEND_ROW = 20;
    private static final int LEGEND_COLUMNS = 3;
    private static final String DARK_TEXT = "#1d2330";

    /** Fill per failure id (colour-blind safe, Okabe–Ito); white on the dark ones. */
    private static final Map<String, String> FILL = Map.ofEntries(
            Map.entry("server_startup_failure", "#D55E00"), Map.entry("incomplete_implementation", "#E69F00"),
            Map.entry("schema_format_error", "#F0E442"), Map.entry("logic_error", "#0072B2"),
            Map.entry("constraint_violation", "#CC79A7"), Map.entry("premature_termination", "#56B4E9"),
            Map.entry("stuck_in_loop", "#009E73"), Map.entry("unknown", "#BBBBBB"), Map.entry(Failures.NOT_DIAGNOSED, "#FFFFFF"),
            // The data layer's two in blues, so the eye groups them; the others in warm colours and green.
            Map.entry("logic_error/incorrect_query_logic", "#0072B2"), Map.entry("logic_error/database_runtime_error", "#56B4E9"),
            Map.entry("logic_error/framework_idiosyncrasy", "#E69F00"), Map.entry("logic_error/auth_misconfiguration", "#CC79A7"),
            Map.entry("logic_error/business_logic_defect", "#009E73"), Map.entry("logic_error/state_propagation_failure", "#D55E00"),
            Map.entry("logic_error/unknown", "#BBBBBB"));
    private static final Set<String> LIGHT_TEXT = Set.of("#D55E00", "#0072B2", "#009E73");

    private FailureChart() {
    }

    /** The coarse categories and the runs not diagnosed, as % of each configuration's failed runs. */
    static String categories(List<Failures> failures) {
        List<List<Failures.Share>> bars = failures.stream().map(Failures::categories).toList();
        int rows = Math.max(1, failures.size());
        StringBuilder svg = new StringBuilder();
        int axis = TOP + rows * (BAR + 14);
        axis(svg, axis, "% of failed runs");
        for (int i = 0; i < failures.size(); i++) {
            Failures f = failures.get(i);
            int y = TOP + i * (BAR + 14);
            label(svg, f.configuration().id(), f.failedRuns() + " failed", y);
            bar(svg, f, bars.get(i), y, f.failedRuns() == 0 ? "no failed runs" : "");
        }
        int lines = legend(svg, bars, axis + 30, false);
        return open("failure-chart", "why runs failed: categories as % of failed runs, per configuration",
                axis + 30 + lines * LEGEND_ROW, svg);
    }

    /** The logic subcategories as % of each configuration's logic errors, the data layer bracketed above. */
    static String logic(List<Failures> failures) {
        List<List<Failures.Share>> bars = failures.stream().map(Failures::subcategories).toList();
        int rows = Math.max(1, failures.size());
        int row = BAR + 30;
        StringBuilder svg = new StringBuilder();
        int axis = TOP + rows * row;
        axis(svg, axis, "% of logic errors");
        for (int i = 0; i < failures.size(); i++) {
            Failures f = failures.get(i);
            int y = TOP + 16 + i * row;
            label(svg, f.configuration().id(), f.logicErrors() + " logic errors", y);
            bar(svg, f, bars.get(i), y, f.logicErrors() == 0 ? "no logic errors" : "");
            Failures.Share data = f.dataLayer();
            if (data.runs() > 0) {
                double x1 = x(data.percent().getAsDouble());
                svg.append("<path class=\"bracket\" d=\"M").append(LABEL).append(' ').append(y - 2).append(" V").append(y - 7)
                        .append(" H").append(Html.xy(x1)).append(" V").append(y - 2)
                        .append("\" fill=\"none\" stroke=\"#1d2330\" stroke-width=\"1.2\"/><text class=\"note\" x=\"").append(LABEL + 2)
                        .append("\" y=\"").append(y - 10).append("\">data layer: ").append(Numbers.one(data.percent())).append("% (").append(data.runs()).append(" of ")
                        .append(f.logicErrors()).append(")</text>\n");
            }
        }
        int lines = legend(svg, bars, axis + 30, true);
        return open("logic-chart", "logic errors by subcategory as % of logic errors, per configuration",
                axis + 30 + lines * LEGEND_ROW, svg);
    }

    private static String open(String id, String title, int height, StringBuilder body) {
        return "<svg id=\"" + id + "\" class=\"chart\" viewBox=\"0 0 " + WIDTH + " " + height + "\" role=\"img\" aria-label=\""
                + Html.escape(title) + "\">\n<title>" + Html.escape(title) + "</title>\n" + body + "</svg>\n";
    }

    private static void axis(StringBuilder svg, int y, String title) {
        for (int p = 0; p <= 100; p += 25) {
            svg.append("<line class=\"grid\" x1=\"").append(Html.xy(x(p))).append("\" x2=\"").append(Html.xy(x(p)))
                    .append("\" y1=\"").append(TOP).append("\" y2=\"").append(y - 8).append("\"/><text class=\"tick\" x=\"")
                    .append(Html.xy(x(p))).append("\" y=\"").append(y + 4).append("\" text-anchor=\"middle\">").append(p).append("</text>");
        }
        svg.append("<text class=\"axis\" x=\"").append(Html.xy(x(50))).append("\" y=\"").append(y + 18)
                .append("\" text-anchor=\"middle\">").append(Html.escape(title)).append("</text>\n");
    }

    private static void label(StringBuilder svg, String configuration, String count, int y) {
        svg.append("<text class=\"tick\" x=\"").append(LABEL - 8).append("\" y=\"").append(y + BAR / 2 - 1)
                .append("\" text-anchor=\"end\">").append(Html.escape(configuration)).append("</text><text class=\"note\" x=\"")
                .append(LABEL - 8).append("\" y=\"").append(y + BAR / 2 + 11).append("\" text-anchor=\"end\">")
                .append(Html.escape(count)).append("</text>\n");
    }

    /** One stacked bar; {@code empty} is written instead when there is nothing to stack. */
    private static void bar(StringBuilder svg, Failures f, List<Failures.Share> shares, int y, String empty) {
        if (!empty.isEmpty()) {
            svg.append("<text class=\"note\" x=\"").append(LABEL + 4).append("\" y=\"").append(y + BAR / 2 + 4).append("\">")
                    .append(empty).append("</text>\n");
            return;
        }
        double at = 0;
        for (int k = 0; k < shares.size(); k++) {
            Failures.Share s = shares.get(k);
            if (s.runs() == 0) {
                continue;
            }
            double percent = s.percent().getAsDouble();
            double x0 = x(at);
            double width = x(at + percent) - x0;
            String fill = FILL.get(s.id());
            svg.append("<rect class=\"segment\" data-failure=\"").append(s.id()).append("\" x=\"").append(Html.xy(x0))
                    .append("\" y=\"").append(y).append("\" width=\"").append(Html.xy(width)).append("\" height=\"").append(BAR)
                    .append("\" fill=\"").append(fill).append("\" stroke=\"").append(s.id().equals(Failures.NOT_DIAGNOSED) ? "#666" : "#fff")
                    .append(s.id().equals(Failures.NOT_DIAGNOSED) ? "\" stroke-dasharray=\"3 2" : "").append("\"><title>")
                    .append(Html.escape(f.configuration().id() + ": " + s.label() + ", " + s.runs() + " of "
                            + (s.of() == Failures.Denominator.FAILED_RUNS ? f.failedRuns() : f.logicErrors()) + " " + s.of().label()
                            + " (" + Numbers.one(percent) + "%)"))
                    .append("</title></rect>");
            String text = width >= 52 ? key(shares, k) + " " + Numbers.one(percent) + "%" : width >= 14 ? key(shares, k) : "";
            if (!text.isEmpty()) {
                svg.append("<text class=\"segment-label\" x=\"").append(Html.xy(x0 + width / 2)).append("\" y=\"").append(y + BAR / 2 + 4)
                        .append("\" text-anchor=\"middle\" fill=\"").append(LIGHT_TEXT.contains(fill) ? "#fff" : DARK_TEXT).append("\">")
                        .append(text).append("</text>");
            }
            at += percent;
        }
        svg.append('\n');
    }

    /** The legend key of the k-th share: categories are numbered, logic subcategories lettered. */
    private static String key(List<Failures.Share> shares, int k) {
        return shares.get(0).of() == Failures.Denominator.FAILED_RUNS ? Integer.toString(k + 1) : Character.toString('a' + k);
    }

    /**
     * The shares that occur in some bar, in stack order, each with its key; {@code grouped} heads the
     * data layer and the other subcategories apart. Returns the lines it took.
     */
    private static int legend(StringBuilder svg, List<List<Failures.Share>> bars, int y, boolean grouped) {
        List<Integer> shown = shown(bars);
        int column = (WIDTH - 16) / LEGEND_COLUMNS;
        int slot = 0;
        int line = 0;
        String group = "";
        for (int k : shown) {
            Failures.Share s = bars.get(0).get(k);
            if (grouped) {
                String g = Subcategory.values()[k].dataLayer() ? "data layer (query + database):" : "other logic errors:";
                if (!g.equals(group)) {
                    if (slot > 0) {
                        line++;
                    }
                    svg.append("<text class=\"axis\" x=\"8\" y=\"").append(y + line * LEGEND_ROW + 10).append("\">").append(g).append("</text>");
                    line++;
                    slot = 0;
                    group = g;
                }
            }
            int lx = 8 + slot * column;
            int ly = y + line * LEGEND_ROW;
            svg.append("<rect class=\"swatch\" x=\"").append(lx).append("\" y=\"").append(ly).append("\" width=\"14\" height=\"14\" fill=\"")
                    .append(FILL.get(s.id())).append("\" stroke=\"#666\"").append(s.id().equals(Failures.NOT_DIAGNOSED)
                            ? " stroke-dasharray=\"3 2\"" : "").append("/><text x=\"").append(lx + 20).append("\" y=\"").append(ly + 11)
                    .append("\">").append(key(bars.get(0), k)).append(' ').append(Html.escape(s.label())).append("</text>\n");
            slot = (slot + 1) % LEGEND_COLUMNS;
            line += slot == 0 ? 1 : 0;
        }
        return line + (slot > 0 ? 1 : 0);
    }

    private static List<Integer> shown(List<List<Failures.Share>> bars) {
        Set<Integer> shown = new LinkedHashSet<>();
        if (!bars.isEmpty()) {
            for (int k = 0; k < bars.get(0).size(); k++) {
                int index = k;
                if (bars.stream().anyMatch(b -> b.get(index).runs() > 0)) {
                    shown.add(k);
                }
            }
        }
        return new ArrayList<>(shown);
    }

    private static double x(double percent) {
        return LABEL + percent * (WIDTH - LABEL - RIGHT) / 100.0;
    }
}

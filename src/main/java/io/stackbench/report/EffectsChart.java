package io.stackbench.report;

import java.util.List;

/** Marginal effect of each constraint on strict A%, one bar per configuration, with ± SEM error bars. */
final class EffectsChart {

    private static final int WIDTH = 660;
    private static final int LABEL = 230;
    private static final int RIGHT = 24;
    private static final int ROW = 22;
    private static final int TOP = 12;
    private static final int BOTTOM = 34;

    private EffectsChart() {
    }

    static String svg(Report report) {
        List<Configuration> configurations = report.decays().stream().map(Decay::configuration).toList();
        List<String> order = report.effects().stream().map(MarginalEffect::effect).distinct().toList();
        // Grouped by effect, so the configurations can be compared bar against bar.
        List<MarginalEffect> effects = report.effects().stream().filter(e -> e.strict().mean().isPresent())
                .sorted(java.util.Comparator.comparingInt((MarginalEffect e) -> order.indexOf(e.effect()))
                        .thenComparing(MarginalEffect::configuration)).toList();
        // The axis spans the data and zero, in steps of 10: effects are mostly losses, and a
        // symmetric axis would leave half the chart empty.
        double lo = 0;
        double hi = 0;
        for (MarginalEffect e : effects) {
            double mean = e.strict().mean().getAsDouble();
            double sem = e.strict().sem().orElse(0);
            lo = Math.min(lo, mean - sem);
            hi = Math.max(hi, mean + sem);
        }
        lo = Math.floor(lo / 10) * 10;
        hi = Math.ceil(hi / 10) * 10;
        if (lo == hi) {
            lo = -10;
            hi = 10;
        }
        double[] axis = {lo, hi};
        int height = TOP + ROW * Math.max(1, effects.size()) + BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg id=\"effects-chart\" class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"marginal effect of each constraint on strict A%\">\n");
        double bottom = TOP + ROW * Math.max(1, effects.size());
        double step = (hi - lo) > 60 ? 20 : 10;
        for (double t = Math.ceil(lo / step) * step; t <= hi + 1e-9; t += step) {
            double x = x(t, axis);
            svg.append("<line class=\"").append(t == 0 ? "zero" : "grid").append("\" x1=\"").append(Html.xy(x)).append("\" x2=\"")
                    .append(Html.xy(x)).append("\" y1=\"").append(TOP).append("\" y2=\"").append(Html.xy(bottom))
                    .append("\"/><text class=\"tick\" x=\"").append(Html.xy(x)).append("\" y=\"").append(Html.xy(bottom + 14))
                    .append("\" text-anchor=\"middle\">").append(Numbers.fixed(t, 0)).append("</text>\n");
        }
        svg.append("<text class=\"axis\" x=\"").append(Html.xy((LABEL + WIDTH - RIGHT) / 2.0)).append("\" y=\"").append(height - 4)
                .append("\" text-anchor=\"middle\">Δ strict A% when the constraint is added (mean ± SEM)</text>\n");
        for (int i = 0; i < effects.size(); i++) {
            MarginalEffect e = effects.get(i);
            double mean = e.strict().mean().getAsDouble();
            double y = TOP + ROW * i;
            String colour = Html.colour(configurations.indexOf(e.configuration()));
            double x0 = x(Math.min(0, mean), axis);
            double x1 = x(Math.max(0, mean), axis);
            svg.append("<text class=\"tick\" x=\"").append(LABEL - 8).append("\" y=\"").append(Html.xy(y + ROW / 2.0 + 4))
                    .append("\" text-anchor=\"end\">").append(Html.escape(e.effect() + " · " + e.configuration().id())).append("</text>")
                    .append("<rect class=\"bar\" x=\"").append(Html.xy(x0)).append("\" y=\"").append(Html.xy(y + 4))
                    .append("\" width=\"").append(Html.xy(Math.max(1, x1 - x0))).append("\" height=\"").append(ROW - 8)
                    .append("\" fill=\"").append(colour).append("\" fill-opacity=\"0.75\"><title>")
                    .append(Html.escape(e.effect() + ", " + e.configuration().id() + ": " + Numbers.meanSem(e.strict())
                            + " over " + e.strict().n() + " pairs")).append("</title></rect>");
            if (e.strict().sem().isPresent()) {
                double sem = e.strict().sem().getAsDouble();
                double left = x(mean - sem, axis);
                double right = x(mean + sem, axis);
                double cy = y + ROW / 2.0;
                svg.append("<path class=\"error-bar\" d=\"M").append(Html.xy(left)).append(' ').append(Html.xy(cy))
                        .append(" H").append(Html.xy(right)).append(" M").append(Html.xy(left)).append(' ').append(Html.xy(cy - 5))
                        .append(" V").append(Html.xy(cy + 5)).append(" M").append(Html.xy(right)).append(' ').append(Html.xy(cy - 5))
                        .append(" V").append(Html.xy(cy + 5)).append("\" stroke=\"#222\" stroke-width=\"1.5\" fill=\"none\"/>");
            }
            svg.append('\n');
        }
        return svg.append("</svg>\n").toString();
    }

    private static double x(double value, double[] axis) {
        return LABEL + (value - axis[0]) * (WIDTH - LABEL - RIGHT) / (axis[1] - axis[0]);
    }
}

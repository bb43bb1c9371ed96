package io.stackbench.report;

import java.util.List;

/** Escaping and the few shared bits of markup and colour the HTML report and its charts use. */
final class Html {

    /** One colour per configuration, in order; repeats after eight (colour-blind safe, Okabe–Ito). */
    private static final List<String> PALETTE =
            List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442");

    private Html() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    static String colour(int index) {
        return PALETTE.get(index % PALETTE.size());
    }

    /** A coordinate for SVG: at most one decimal, fixed locale. */
    static String xy(double value) {
        return Numbers.fixed(value, 1);
    }

    /** Red (0%) through yellow to green (100%), for heat-map cells. */
    static String heat(double percent) {
        double hue = 120 * Math.max(0, Math.min(100, percent)) / 100;
        return "hsl(" + Numbers.fixed(hue, 0) + ", 70%, " + Numbers.fixed(62 + 10 * Math.sin(Math.toRadians(hue * 1.5)), 0) + "%)";
    }
}

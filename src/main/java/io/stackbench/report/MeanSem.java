package io.stackbench.report;

import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * A mean over n values with its standard error (sample standard deviation / √n).
 *
 * @param mean empty when there are no values
 * @param sem empty with fewer than two values
 */
public record MeanSem(int n, OptionalDouble mean, OptionalDouble sem) {

    static MeanSem of(List<Double> values) {
        DescriptiveStatistics stats = new DescriptiveStatistics();
        values.forEach(stats::addValue);
        int n = values.size();
        return new MeanSem(n, n == 0 ? OptionalDouble.empty() : OptionalDouble.of(stats.getMean()),
                n < 2 ? OptionalDouble.empty() : OptionalDouble.of(stats.getStandardDeviation() / Math.sqrt(n)));
    }
}

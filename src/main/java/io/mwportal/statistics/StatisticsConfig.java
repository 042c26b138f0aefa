package io.mwportal.statistics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Statistics ({@code portal.statistics.*}). */
@ConfigMapping(prefix = "portal.statistics")
public interface StatisticsConfig {

    /** Public answers show no count below this (1 to this minus 1 people is "suppressed"). */
    @WithDefault("5")
    int smallestPublicCell();

    /**
     * How often the summaries are rebuilt: a duration, or {@code off} (the tests rebuild them themselves). Read by
     * the scheduler of {@link StatisticsRefresh} from the same property.
     */
    @WithDefault("10m")
    String refreshEvery();
}

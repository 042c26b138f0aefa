package io.mwportal.statistics;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Statistics ({@code portal.statistics.*}). */
@ConfigMapping(prefix = "portal.statistics")
public interface StatisticsConfig {

    /** Public answers show no count below this (1 to this minus 1 people is "suppressed"). */
    @WithDefault("5")
    int smallestPublicCell();

    /** How often the summaries are rebuilt ({@link StatisticsRefresh}). */
    @WithDefault("10m")
    Duration refreshEvery();
}

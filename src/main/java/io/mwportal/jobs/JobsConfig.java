package io.mwportal.jobs;

import java.math.BigDecimal;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

/**
 * Jobs ({@code portal.jobs.*}). The minimum wage is set by the province in tiers by area (Liaoning: 最低工资标准, by
 * city and county): a default and, per district code, its own figures where they differ.
 */
@ConfigMapping(prefix = "portal.jobs")
public interface JobsConfig {

    MinimumWage minimumWage();

    /** A vacancy may be valid for at most this many days ahead. */
    @WithDefault("90")
    int validThroughMaxDays();

    /** Newest live vacancies a keyword search checks before it asks the keyword index (JobSearchService). */
    @WithDefault("2000")
    int searchWindow();

    interface MinimumWage {

        /** The figures of districts not listed under {@code districts}. */
        @WithParentName
        Figures defaults();

        /** Districts (GB/T 2260 code) in another tier. */
        Map<String, Figures> districts();
    }

    interface Figures {

        /** Per month, full-time work. */
        BigDecimal monthly();

        /** Per hour, part-time work. */
        BigDecimal hourly();
    }

    /** The minimum-wage figures of {@code district}. */
    default PayRules payRules(String district) {
        Figures figures = minimumWage().districts().getOrDefault(district, minimumWage().defaults());
        return new PayRules(figures.monthly(), figures.hourly());
    }
}

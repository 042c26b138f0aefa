package io.mwportal.wages;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Wage complaints and reports ({@code portal.wages.*}); the defaults are the statutes' (docs/rules.md, "Wage
 * arrears": 劳动保障监察条例 Art 17 and 20, 若干规定 Art 18).
 */
@ConfigMapping(prefix = "portal.wages")
public interface WagesConfig {

    /** Acceptance decision after filing (若干规定 Art 18). */
    @WithDefault("5")
    int acceptanceWorkingDays();

    /** Investigation from acceptance (劳动保障监察条例 Art 17). */
    @WithDefault("60")
    int investigationWorkingDays();

    /** The one extension of the investigation (Art 17). */
    @WithDefault("30")
    int extensionWorkingDays();

    /** Arrears that ended longer ago are time-barred (Art 20). */
    @WithDefault("2")
    int limitationYears();

    /** Anonymous reports one client may send per window. */
    @WithDefault("10")
    int reportsPerClient();

    @WithDefault("PT1H")
    Duration reportsWindow();

    /** Early warning: filings naming the same employer, project or contractor within this many days cluster. */
    @WithDefault("90")
    int clusterWindowDays();

    /**
     * How often each instance links the filings committed since into their clusters ({@code ArrearsLinker}, after a
     * round that found nothing): a duration, or {@code off}.
     */
    @WithDefault("200ms")
    String linkEvery();

    /** Thresholds of a cluster within the window; each raises one warning when crossed. */
    Thresholds warning();

    /** Lower thresholds for the days before the Spring Festival, when arrears peak. */
    Thresholds festivalWarning();

    /** How many days before the Spring Festival (春节 in the loaded calendar) the festival thresholds apply. */
    @WithDefault("30")
    int festivalDays();

    /** Years a name stays on the list of employers named for serious arrears (人社部令第 45 号 Art 10). */
    @WithDefault("3")
    int listYears();

    /** Months after inclusion before a name may be removed early (paid and pledged, Art 11). */
    @WithDefault("6")
    int listEarlyRemovalMonths();

    interface Thresholds {
        /** Complaints and reports in the cluster. */
        int cases();

        /** Workers the filings say are affected. */
        int workers();

        /** Yuan owed, as claimed. */
        long amount();
    }
}

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
}

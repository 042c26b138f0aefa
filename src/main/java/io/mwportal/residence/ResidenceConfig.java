package io.mwportal.residence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Residence permits ({@code portal.residence.*}); the defaults are 居住证暂行条例's (docs/rules.md, "Residence
 * permits"): Art 2 (six months), Art 9 (15 days, 30 where justified), Art 10 (the month before each anniversary).
 */
@ConfigMapping(prefix = "portal.residence")
public interface ResidenceConfig {

    /** Residence (from its registration) must have lasted more than this many months (Art 2). */
    @WithDefault("6")
    int residenceMonths();

    /** The permit is issued within this many natural days of acceptance (Art 9). */
    @WithDefault("15")
    int issueDays();

    /** Days added, once and with a recorded reason, where issuing takes longer (Art 9: up to 30 in all). */
    @WithDefault("15")
    int issueExtensionDays();

    /** Endorsement opens this many months before each anniversary of issue (Art 10). */
    @WithDefault("1")
    int endorsementWindowMonths();

    /** A guardian applies for a child under this age (Art 9). */
    @WithDefault("16")
    int minorUnder();

    /** From this age a close relative may apply for an elderly person (老年人权益保障法 Art 2). */
    @WithDefault("60")
    int elderlyFrom();

    /** Verifications per verifying client per minute. */
    @WithDefault("60")
    int verificationsPerMinute();
}

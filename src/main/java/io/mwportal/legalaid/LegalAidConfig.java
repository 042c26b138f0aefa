package io.mwportal.legalaid;

import io.mwportal.platform.calendar.DeadlineUnit;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Legal aid ({@code portal.legal-aid.*}); the defaults are the statutes' (docs/rules.md, "Legal aid"): 办理法律援助
 * 案件程序规定 Art 13 and 法律援助法 Art 43, 44, 49. The time allowed to object is set by each province.
 */
@ConfigMapping(prefix = "portal.legal-aid")
public interface LegalAidConfig {

    /** Decision after a complete application; supplement time does not count. */
    @WithDefault("7")
    int decisionWorkingDays();

    /** A lawyer or legal adviser is assigned after approval. */
    @WithDefault("3")
    int assignmentWorkingDays();

    /** The applicant may object to a refusal within this many days (province; default 15). */
    @WithDefault("15")
    int objectionPeriodDays();

    /** The justice bureau decides an objection within (Art 49: 5 days). */
    @WithDefault("5")
    int objectionReviewDays();

    @WithDefault("NATURAL_DAYS")
    DeadlineUnit objectionReviewUnit();

    /** A request with its next deadline (hearing, limitation) fewer than this many days away is urgent (Art 44). */
    @WithDefault("7")
    int urgentWithinDays();
}

package io.mwportal.legalaid;

/** The small value sets of legal aid. */
public final class LegalAidEnums {

    private LegalAidEnums() {
    }

    /** Which deadline the applicant named. */
    public enum DeadlineKind {
        /** 开庭 */
        HEARING,
        /** 诉讼时效 / 仲裁时效 */
        LIMITATION,
        OTHER
    }

    /** Who is assigned (法律援助法 Art 12, 13). */
    public enum LawyerKind {
        LAWYER,
        /** 基层法律服务工作者 / 法律援助志愿者 */
        LEGAL_ADVISER
    }

    /** Why aid is refused (法律援助法 Art 41-43). */
    public enum RefusalReason {
        /** The means check was not met (not for green-channel matters). */
        MEANS_NOT_MET,
        /** Not a matter the law covers (Art 31). */
        NOT_A_COVERED_MATTER,
        /** The claim has no prospect (e.g. clearly time-barred). */
        NO_REASONABLE_GROUNDS,
        /** The applicant did not supply what was asked for. */
        INCOMPLETE_AFTER_SUPPLEMENT,
        OTHER
    }

    /** How the aided matter ended. */
    public enum Outcome {
        WON, SETTLED, MEDIATED, LOST, ENDED_EARLY
    }
}

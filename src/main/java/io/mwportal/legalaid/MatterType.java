package io.mwportal.legalaid;

/** What legal aid is asked for (法律援助法 Art 31, the matters a migrant worker brings). */
public enum MatterType {
    /** 请求支付劳动报酬: unpaid wages. Green channel (Art 42(4)). */
    LABOUR_REMUNERATION(true, true),
    /** 请求确认劳动关系. */
    LABOUR_RELATIONSHIP(false, false),
    /** 工伤事故人身损害赔偿. Green channel (Art 42(4)). */
    WORK_INJURY(true, true),
    /** 其他人身损害赔偿. */
    OTHER_PERSONAL_INJURY(false, true),
    /** 社会保险待遇. */
    SOCIAL_INSURANCE(false, true),
    OTHER(false, false);

    private final boolean greenChannel;
    private final boolean claimsAmount;

    MatterType(boolean greenChannel, boolean claimsAmount) {
        this.greenChannel = greenChannel;
        this.claimsAmount = claimsAmount;
    }

    /** A migrant worker asking for this skips the means check (法律援助法 Art 42(4)). */
    public boolean greenChannel() {
        return greenChannel;
    }

    /** The request names the amount claimed. */
    public boolean claimsAmount() {
        return claimsAmount;
    }
}

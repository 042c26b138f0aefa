package io.mwportal.wages;

/** Why a complaint is not accepted (劳动保障监察条例 and its rules, art. 18 of 若干规定). */
public enum RefusalReason {
    /** The arrears ended more than 2 years ago (L20). */
    LIMITATION_EXPIRED,
    /** The employer cannot be identified even after a request to supplement. */
    EMPLOYER_NOT_IDENTIFIABLE,
    /** Not a matter for labour inspection (e.g. already before arbitration or a court). */
    NOT_WITHIN_POWERS,
    /** Another office is responsible; the refusal says which. */
    OUTSIDE_AREA,
    OTHER
}

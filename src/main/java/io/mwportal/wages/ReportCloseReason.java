package io.mwportal.wages;

/** Why an office closes an anonymous report without opening a case (劳动保障监察条例 Art 9, 若干规定). */
public enum ReportCloseReason {
    /** Checked: no violation, or the wages have since been paid. */
    NO_VIOLATION_FOUND,
    /** The employer or the workplace cannot be found from what was reported. */
    NOT_IDENTIFIABLE,
    /** The same matter is already a case. */
    DUPLICATE,
    /** Not a matter for labour inspection. */
    NOT_WITHIN_POWERS,
    OTHER
}

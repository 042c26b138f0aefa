package io.mwportal.wages;

/** How an investigation ended (docs/rules.md). Withdrawal is the worker's own action, not an outcome. */
public enum Outcome {
    /** The wages were paid: record the amount recovered. */
    RESOLVED,
    /** The employer was ordered to pay (责令支付): record the amount ordered. */
    ORDERED_TO_PAY,
    /** Referred to the police for refusal to pay wages (拒不支付劳动报酬罪). */
    REFERRED_TO_POLICE,
    /** Referred to labour arbitration or a court. */
    REFERRED_TO_ARBITRATION_OR_COURT,
    NOT_WITHIN_SCOPE
}

package io.mwportal.training;

/**
 * How many skill-upgrade subsidies (技能提升补贴) a worker may receive in a year: {@code perYear} for any
 * occupation, plus {@code shortageExtra} more for occupations on that year's shortage list (紧缺职业目录). So at most
 * {@code perYear + shortageExtra} a year, of which at most {@code perYear} outside the list. Defaults 1 and 2
 * (research/domain.md); both are configuration.
 */
record SubsidyCap(int perYear, int shortageExtra) {

    /** Why a further claim is refused, or null when it is allowed. */
    String refusal(long claimsThisYear, long outsideListThisYear, boolean onShortageList) {
        if (claimsThisYear >= perYear + shortageExtra) {
            return "YEARLY_CAP_REACHED";
        }
        if (!onShortageList && outsideListThisYear >= perYear) {
            return "YEARLY_CAP_OUTSIDE_SHORTAGE_LIST";
        }
        return null;
    }
}

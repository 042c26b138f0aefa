package io.mwportal.residence;

import java.time.LocalDate;
import java.time.Period;

import io.mwportal.residence.ResidenceEnums.PermitState;

/**
 * The dates of 居住证暂行条例 as the statute counts them (docs/rules.md, "Residence permits"). Periods in months or
 * years end on the corresponding day; where that day does not exist, on the month's last day (民法典 Art 201-203):
 * {@link LocalDate#plusMonths} does exactly that. Anniversaries are counted from the issue date each time, so a permit
 * issued on 29 February keeps its day in leap years.
 */
final class PermitDates {

    private PermitDates() {
    }

    /** The first day on which residence registered on {@code registeredOn} has lasted more than {@code months}. */
    static LocalDate eligibleFrom(LocalDate registeredOn, int months) {
        return registeredOn.plusMonths(months).plusDays(1);
    }

    /** The {@code years}-th anniversary of issue: the last day of that year's validity. */
    static LocalDate anniversary(LocalDate issuedOn, int years) {
        return issuedOn.plusYears(years);
    }

    /** The first anniversary of issue after {@code day}. */
    static LocalDate anniversaryAfter(LocalDate issuedOn, LocalDate day) {
        int years = Math.max(1, Period.between(issuedOn, day).getYears());
        while (!anniversary(issuedOn, years).isAfter(day)) {
            years++;
        }
        return anniversary(issuedOn, years);
    }

    /** The days on which a permit valid through {@code validThrough} may be endorsed in time (Art 10). */
    static LocalDate windowOpens(LocalDate validThrough, int months) {
        return validThrough.minusMonths(months);
    }

    /**
     * Where a permit stands on {@code today}: cancelled → EXPIRED; within its endorsed year, or endorsement asked for in
     * time and not yet decided → VALID; otherwise SUSPENDED until endorsed (Art 10).
     */
    static PermitState state(LocalDate today, LocalDate validThrough, boolean cancelled, boolean endorsementPendingInTime) {
        if (cancelled) {
            return PermitState.EXPIRED;
        }
        return !today.isAfter(validThrough) || endorsementPendingInTime ? PermitState.VALID : PermitState.SUSPENDED;
    }

    /** Whole years of age on {@code day}. */
    static int age(LocalDate birthDate, LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }
}

package io.mwportal.residence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.mwportal.platform.validation.IdNumber;
import io.mwportal.platform.validation.Iso7064;
import io.mwportal.residence.ResidenceEnums.PermitState;

/** The residence-permit rules that need no database: statutory dates, states, ethnic names, check characters. */
class PermitRulesUnitTest {

    @ParameterizedTest(name = "registered {0}: eligible from {1}")
    @CsvSource({ "2026-05-31, 2026-12-01", "2026-08-31, 2027-03-01", "2027-08-31, 2028-03-01", "2027-08-29, 2028-03-01",
            "2026-08-28, 2027-03-01", "2026-08-27, 2027-02-28", "2026-01-15, 2026-07-16", "2026-12-31, 2027-07-01" })
    void sixMonthsEndOnTheCorrespondingDayOrTheMonthsLastDay(LocalDate registered, LocalDate eligibleFrom) {
        assertEquals(eligibleFrom, PermitDates.eligibleFrom(registered, 6));
    }

    @Test
    void anniversariesAreCountedFromTheIssueDateEachTime() {
        LocalDate leapDay = LocalDate.of(2028, 2, 29);
        assertEquals(LocalDate.of(2029, 2, 28), PermitDates.anniversary(leapDay, 1));
        assertEquals(LocalDate.of(2032, 2, 29), PermitDates.anniversary(leapDay, 4));
        assertEquals(LocalDate.of(2029, 2, 28), PermitDates.anniversaryAfter(leapDay, leapDay));
        assertEquals(LocalDate.of(2030, 2, 28), PermitDates.anniversaryAfter(leapDay, LocalDate.of(2029, 2, 28)));
        assertEquals(LocalDate.of(2032, 2, 29), PermitDates.anniversaryAfter(leapDay, LocalDate.of(2031, 3, 1)));
        assertEquals(LocalDate.of(2029, 2, 28), PermitDates.anniversaryAfter(leapDay, LocalDate.of(2020, 1, 1)));
        LocalDate issued = LocalDate.of(2026, 3, 15);
        assertEquals(LocalDate.of(2027, 3, 15), PermitDates.anniversaryAfter(issued, LocalDate.of(2027, 3, 14)));
        assertEquals(LocalDate.of(2028, 3, 15), PermitDates.anniversaryAfter(issued, LocalDate.of(2027, 3, 15)));
        assertEquals(LocalDate.of(2029, 3, 15), PermitDates.anniversaryAfter(issued, LocalDate.of(2028, 5, 1)));
    }

    @Test
    void theWindowIsTheMonthBeforeTheAnniversary() {
        assertEquals(LocalDate.of(2027, 2, 15), PermitDates.windowOpens(LocalDate.of(2027, 3, 15), 1));
        assertEquals(LocalDate.of(2027, 2, 28), PermitDates.windowOpens(LocalDate.of(2027, 3, 31), 1));
    }

    @Test
    void aPermitIsValidThroughItsLastDaySuspendedAfterAndExpiredWhenCancelled() {
        LocalDate last = LocalDate.of(2027, 3, 15);
        assertEquals(PermitState.VALID, PermitDates.state(last, last, false, false));
        assertEquals(PermitState.SUSPENDED, PermitDates.state(last.plusDays(1), last, false, false));
        assertEquals(PermitState.VALID, PermitDates.state(last.plusDays(1), last, false, true));
        assertEquals(PermitState.EXPIRED, PermitDates.state(last.minusDays(1), last, true, false));
        assertEquals(PermitState.EXPIRED, PermitDates.state(last.plusDays(1), last, true, true));
    }

    @Test
    void ageInWholeYears() {
        LocalDate birth = LocalDate.of(2010, 6, 1);
        assertEquals(15, PermitDates.age(birth, LocalDate.of(2026, 5, 31)));
        assertEquals(16, PermitDates.age(birth, LocalDate.of(2026, 6, 1)));
    }

    @Test
    void fiftySixOfficialEthnicNames() {
        assertEquals(56, Ethnicities.NAMES.size());
        assertEquals(56, new HashSet<>(Ethnicities.NAMES).size());
        assertTrue(Ethnicities.isOfficial("汉族"));
        assertTrue(Ethnicities.isOfficial("基诺族"));
        assertTrue(Ethnicities.NAMES.stream().allMatch(name -> name.endsWith("族")));
        assertFalse(Ethnicities.isOfficial("汉"));
        assertFalse(Ethnicities.isOfficial("穿青人"));
    }

    @Test
    void checkCharactersAsGb11643() {
        assertEquals('X', Iso7064.mod11Check("21070219900101123"));
        assertEquals('X', Iso7064.mod11Check("11010519491231002"));
        assertTrue(Iso7064.hasValidCheck("11010519491231002X"));
        assertFalse(Iso7064.hasValidCheck("110105194912310021"));
        assertFalse(Iso7064.hasValidCheck("X"));
        assertFalse(Iso7064.hasValidCheck("1"), "a check character alone checks nothing");
        // Every single wrong digit is caught.
        String number = "2107022026000123";
        String valid = number + Iso7064.mod11Check(number);
        for (int i = 0; i < number.length(); i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d != valid.charAt(i)) {
                    String changed = valid.substring(0, i) + d + valid.substring(i + 1);
                    assertFalse(Iso7064.hasValidCheck(changed), changed);
                }
            }
        }
    }

    @Test
    void theIdNumberCarriesBirthDateAndSex() {
        assertEquals(LocalDate.of(1990, 1, 1), IdNumber.Validator.birthDate("21070219900101123X"));
        assertTrue(IdNumber.Validator.isMale("21070219900101123X"));
        assertFalse(IdNumber.Validator.isMale("11010519491231002X".substring(0, 16) + "2X"));
    }
}

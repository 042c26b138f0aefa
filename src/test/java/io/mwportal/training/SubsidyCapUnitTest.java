package io.mwportal.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One subsidy a year, plus two for shortage occupations (技能提升补贴), as a table. */
class SubsidyCapUnitTest {

    private final SubsidyCap policy = new SubsidyCap(1, 2);

    @ParameterizedTest(name = "{0} this year ({1} outside the list), next on the list: {2} → {3}")
    @CsvSource({
            "0, 0, false, ",
            "0, 0, true, ",
            "1, 1, false, YEARLY_CAP_OUTSIDE_SHORTAGE_LIST",
            "1, 1, true, ",
            "1, 0, false, ",
            "2, 0, false, ",
            "2, 1, true, ",
            "2, 1, false, YEARLY_CAP_OUTSIDE_SHORTAGE_LIST",
            "3, 0, true, YEARLY_CAP_REACHED",
            "3, 1, true, YEARLY_CAP_REACHED",
            "3, 0, false, YEARLY_CAP_REACHED" })
    void theRule(long claims, long outsideList, boolean onList, String refusal) {
        assertEquals(refusal, policy.refusal(claims, outsideList, onList));
    }

    @Test
    void bothNumbersAreConfiguration() {
        SubsidyCap shenzhen = new SubsidyCap(3, 0);
        assertNull(shenzhen.refusal(2, 2, false));
        assertEquals("YEARLY_CAP_REACHED", shenzhen.refusal(3, 0, true));
    }
}

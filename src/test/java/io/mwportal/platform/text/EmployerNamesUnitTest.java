package io.mwportal.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class EmployerNamesUnitTest {

    @Test
    void oneOrganisationWrittenAnyWayHasOneKey() {
        String key = EmployerNames.key("锦州abc劳务有限公司");
        assertEquals("锦州abc劳务有限公司", key);
        assertEquals(key, EmployerNames.key("锦州ABC劳务有限责任公司"));
        assertEquals(key, EmployerNames.key("锦州　ａｂｃ 劳务（有限公司）"));
        assertEquals(key, EmployerNames.key("錦州abc勞務有限公司"));
        assertEquals(key, EmployerNames.key(" 锦州abc劳务有限公司。"));
    }

    @Test
    void otherOrganisationsAndLegalFormsStayApart() {
        assertNotEquals(EmployerNames.key("锦州abc劳务有限公司"), EmployerNames.key("锦州abd劳务有限公司"));
        assertNotEquals(EmployerNames.key("锦州abc股份有限公司"), EmployerNames.key("锦州abc有限公司"));
    }

    @Test
    void nothingLeftIsNoKey() {
        assertNull(EmployerNames.key(null));
        assertNull(EmployerNames.key("（）。"));
        assertNull(EmployerNames.key(" \u200b "));
    }
}

package io.mwportal.platform.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.mwportal.platform.privacy.Masking;

/**
 * The identity-number, credit-code and date rules and the masking of personal data, without a server. The valid
 * numbers were computed independently of the code under test (GB 11643 and GB 32100 by hand), from every part of the
 * country, so a wrong weight cannot hide behind numbers that share their first digits.
 */
class ValidationUnitTest {

    /** Valid numbers from across the country; together they have a non-zero digit in every weighted position. */
    private static final String[] VALID_IDS = { "11010519491231002X", "440304198510103211", "650102197802284414",
            "540102199201010024", "330106199902280074", "230102196002295155", "810000198808081235", "51010720000101003X",
            "620102194510017788", "450103197006300021", "21070219900101123X", "44190019900101001X", "371102198803150029",
            "622901199507200030", "130184197911110045", "350524198212300051" };

    @Test
    void theValidNumbersExerciseEveryWeight() {
        // A wrong weight at a position where every test number has a 0 would go unnoticed (it did once).
        for (int position = 0; position < 17; position++) {
            final int at = position;
            assertTrue(java.util.Arrays.stream(VALID_IDS).anyMatch(id -> id.charAt(at) != '0'), "position " + at);
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("validIds")
    void idNumbersFromAcrossTheCountryAreValid(String id) {
        assertTrue(IdNumber.Validator.isValid(id), id);
        assertTrue(new IdNumber.Validator().isValid(id, null));
    }

    static String[] validIds() {
        return VALID_IDS;
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("validIds")
    void everyWrongCheckCharacterIsRefused(String id) {
        for (char check : "0123456789X".toCharArray()) {
            String changed = id.substring(0, 17) + check;
            assertEquals(changed.equals(id), IdNumber.Validator.isValid(changed), changed);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 3, 6, 10, 14, 16 })
    void aChangedDigitIsCaught(int position) {
        String id = "440304198510103211";
        char digit = id.charAt(position);
        String changed = id.substring(0, position) + (char) (digit == '9' ? '0' : digit + 1) + id.substring(position + 1);
        assertFalse(IdNumber.Validator.isValid(changed), changed);
    }

    @ParameterizedTest
    @ValueSource(strings = { "11010519491231002x", "1101051949123100X", "110105194912310022X", "11010519491232002X",
            "110105196102290023", "110105189912310025", "110105" + "20991231" + "0011", "A10105194912310025", "" })
    void malformedIdNumbersAreRefused(String id) {
        assertFalse(IdNumber.Validator.isValid(id), id);
    }

    @Test
    void aBirthDateInTheFutureIsRefused() {
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        String base = "110105" + tomorrow.toString().replace("-", "") + "001";
        int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (base.charAt(i) - '0') * weights[i];
        }
        assertFalse(IdNumber.Validator.isValid(base + "10X98765432".charAt(sum % 11)));
        assertTrue(new IdNumber.Validator().isValid(null, null), "absence is for @NotNull to judge");
        assertFalse(new IdNumber.Validator().isValid("11010519491231002Y", null));
        // The first birth date accepted is 1 Jan 1900.
        assertTrue(IdNumber.Validator.isValid("11010519000101001X"));
        assertFalse(IdNumber.Validator.isValid("110105189912310015"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "91210700MA0Y0D6U42", "91110000100000000R", "91440300MA5F111110", "92310115MA1K3R5T29",
            "121000004000003993" })
    void creditCodesAreValid(String code) {
        assertTrue(UnifiedSocialCreditCode.Validator.isValid(code), code);
        assertTrue(new UnifiedSocialCreditCode.Validator().isValid(code, null));
        for (char check : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
            String changed = code.substring(0, 17) + check;
            assertEquals(changed.equals(code), UnifiedSocialCreditCode.Validator.isValid(changed), changed);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "91210700MA0Y0D6U4", "91210700MA0Y0D6U422", "91210700MI0Y0D6U42", "91210700ma0y0d6u42", "" })
    void malformedCreditCodesAreRefused(String code) {
        assertFalse(UnifiedSocialCreditCode.Validator.isValid(code), code);
        assertFalse(new UnifiedSocialCreditCode.Validator().isValid(code, null), code);
        assertTrue(new UnifiedSocialCreditCode.Validator().isValid(null, null));
    }

    @Test
    void plausibleDatesLieWithin1900And2100() {
        PlausibleDate.Validator validator = new PlausibleDate.Validator();
        assertTrue(validator.isValid(null, null));
        assertTrue(validator.isValid(LocalDate.of(1900, 1, 1), null));
        assertTrue(validator.isValid(LocalDate.of(2100, 12, 31), null));
        assertFalse(validator.isValid(LocalDate.of(1899, 12, 31), null));
        assertFalse(validator.isValid(LocalDate.of(2101, 1, 1), null));
    }

    @Test
    void maskingKeepsOnlyWhatIdentifiesTheRecordToItsOwner() {
        assertEquals("110105********002X", Masking.idNumber("11010519491231002X"));
        assertEquals("138****8000", Masking.phone("13800138000"));
        assertEquals("***************0123", Masking.bankCard("6222021234567890123"));
        assertEquals("********5678", Masking.bankCard("123412345678"));
        // Too short to keep anything: all masked.
        assertEquals("*******", Masking.phone("1380013"));
        assertEquals("****", Masking.bankCard("1234"));
        assertEquals(null, Masking.idNumber(null));
        assertEquals(null, Masking.phone(null));
        assertEquals(null, Masking.bankCard(null));
    }
}

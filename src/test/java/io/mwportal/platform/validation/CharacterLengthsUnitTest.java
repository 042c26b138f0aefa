package io.mwportal.platform.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;

/** {@code @Size} on strings counts code points: bounds included, a character outside the basic plane counts once. */
class CharacterLengthsUnitTest {

    @Size(min = 2, max = 3)
    private String sized;

    @Test
    void boundsCountCharacters() throws NoSuchFieldException {
        CharacterLengths.CodePoints validator = new CharacterLengths.CodePoints();
        validator.initialize(getClass().getDeclaredField("sized").getAnnotation(Size.class));
        String[][] cases = { { "a", "false" }, { "ab", "true" }, { "abc", "true" }, { "abcd", "false" },
                { "🔧", "false" }, { "🔧𠮷", "true" }, { "🔧𠮷焊", "true" }, { "🔧🔧🔧🔧", "false" } };
        for (String[] c : cases) {
            assertEquals(Boolean.parseBoolean(c[1]), validator.isValid(c[0], null), c[0]);
        }
        assertEquals(true, validator.isValid(null, null), "null is @NotNull's business");
    }
}

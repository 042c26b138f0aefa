package io.mwportal.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.junit.jupiter.api.Test;

/** The one normalisation of screening and search, and the way back to the text as written. */
class TextNormalizerUnitTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "限 男 性|限男性",
            "限\u3000男\u3000性|限男性",
            "限\u200b男\u200c性\u200d\ufeff|限男性",
            "殘疾人勿擾|残疾人勿扰",
            "鄉村戶口不要|乡村户口不要",
            "ＨＢＶ携带者|hbv携带者",
            "ＭＡＬＥ ＯＮＬＹ|maleonly",
            "Male Only|maleonly",
            "性别：男，２０－３５岁|性别:男,20-35岁",
            "ＣＡＤ|cad",
            "不限男女|不限男女",
            "乾淨衛生|干净卫生" })
    void normalises(String written, String normalized) {
        assertEquals(normalized, TextNormalizer.normalized(written));
    }

    @Test
    void findingsAreReportedAsWritten() {
        NormalizedText text = TextNormalizer.normalize("招聘：女 性\u200b勿 擾，ＨＢＶ除外");
        String normalized = text.text();
        assertEquals("招聘:女性勿扰,hbv除外", normalized);
        int at = normalized.indexOf("女性勿扰");
        assertEquals("女 性\u200b勿 擾", text.original(at, at + 4));
        int hbv = normalized.indexOf("hbv");
        assertEquals("ＨＢＶ", text.original(hbv, hbv + 3));
        assertEquals("", text.original(2, 2));
    }
}

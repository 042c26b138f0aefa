package io.mwportal.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.mwportal.jobs.DiscriminationScreen.Kind;
import io.mwportal.jobs.Vacancy.EmploymentType;
import io.mwportal.jobs.Vacancy.PayUnit;
import io.mwportal.platform.error.ProblemException.Violation;

/** Pay against the minimum wage, monthly equivalents, search terms and the screen, without a server. */
class JobRulesUnitTest {

    private final PayRules liaoning = new PayRules(new BigDecimal("1910"), new BigDecimal("19"));

    @ParameterizedTest(name = "{0} per {1}: at least {2}")
    @CsvSource({ "FULL_TIME, MONTH, 1910", "FULL_TIME, DAY, 87.82", "FULL_TIME, HOUR, 10.98",
            "TEMPORARY, DAY, 87.82", "SEASONAL, MONTH, 1910", "INTERN, HOUR, 10.98",
            "PART_TIME, HOUR, 19", "PART_TIME, DAY, 76" })
    void fullTimeIsHeldToTheMonthlyFigureAndPartTimeToTheHourly(EmploymentType type, PayUnit unit, String least) {
        // 1910 / 21.75 = 87.816… and 1910 / 174 = 10.977…: rounded up, so a rate below the monthly figure never passes.
        assertEquals(0, new BigDecimal(least).compareTo(liaoning.minimumFor(type, unit).orElseThrow()),
                type + " " + unit);
    }

    @Test
    void aLawfulFullTimeDayRateIsNotHeldToEightTimesTheHourlyFigure() {
        BigDecimal dayRate = new BigDecimal("100");
        assertEquals(true, dayRate.compareTo(liaoning.minimumFor(EmploymentType.FULL_TIME, PayUnit.DAY).orElseThrow()) >= 0);
        assertEquals(true, dayRate.compareTo(new BigDecimal("19").multiply(new BigDecimal("8"))) < 0);
    }

    @Test
    void partTimeIsNotPaidByTheMonth() {
        assertEquals(Optional.empty(), liaoning.minimumFor(EmploymentType.PART_TIME, PayUnit.MONTH));
    }

    @ParameterizedTest(name = "{0} per {1} = {2} a month")
    @CsvSource({ "5000.00, MONTH, 5000.00", "300.00, DAY, 6525.00", "30.00, HOUR, 5220.00", "19.99, HOUR, 3478.26",
            "0.01, DAY, 0.22", "123.456, MONTH, 123.46" })
    void monthlyEquivalents(String amount, PayUnit unit, String monthly) {
        assertEquals(new BigDecimal(monthly), PayRules.monthly(new BigDecimal(amount), unit));
    }

    @Test
    void searchTextIsNormalisedAndCutIntoBigrams() {
        assertEquals("电焊工 welder 急聘", SearchTerms.normalize("  电焊工，WELDER！！  急聘。 "));
        assertEquals("ab", SearchTerms.normalize("A\u3000\tB"), "spaces are not separators: pieces are");
        assertEquals("cad制图 焊工", SearchTerms.normalize("ＣＡＤ 製圖|焊工"), "as the screen normalises");
        assertEquals(List.of("cad", "制图", "焊工"), SearchTerms.queryWords(" ＣＡＤ\u3000製圖，焊工 "));
        assertEquals(List.of(), SearchTerms.queryWords(" \u200b "));
        assertEquals(List.of("电焊", "焊工", "急聘"), SearchTerms.bigrams("电焊工 急聘"));
        assertEquals(List.of("焊工"), SearchTerms.bigrams("焊工 焊工 焊"));
        assertEquals(List.of(), SearchTerms.bigrams("焊"));
        assertEquals(List.of("\uD840\uDC0B\uD840\uDC0C"), SearchTerms.bigrams("\uD840\uDC0B\uD840\uDC0C"),
                "a pair of supplementary characters is one term");
    }

    @Test
    void theScreenReportsEveryPhraseOfEveryRuleAsWritten() {
        DiscriminationScreen screen = new DiscriminationScreen(List.of(
                new DiscriminationScreen.Rule("ANY", Kind.EXCEPTION, Pattern.compile("不限男女")),
                new DiscriminationScreen.Rule("SEX", Kind.FORBIDDEN, Pattern.compile("限(男|女)性?")),
                new DiscriminationScreen.Rule("SEX", Kind.FORBIDDEN, Pattern.compile("限男")),
                new DiscriminationScreen.Rule("HUKOU_OR_REGION", Kind.FORBIDDEN, Pattern.compile("本地户口")),
                new DiscriminationScreen.Rule("AGE", Kind.WARNING, Pattern.compile("[0-9]{2}岁以下"))));
        assertEquals(List.of(), screen.check("requirements", "不限男女，有焊工证"));
        assertEquals(List.of(), screen.violations("requirements", "不 限 男 女"));
        List<Violation> found = screen.violations("requirements", "限男 性，限女，本地戶口，35岁以下");
        assertEquals(3, found.size(), "overlapping matches of one category are one finding; warnings are not refusals");
        assertEquals(List.of("SCREEN_SEX", "SCREEN_SEX", "SCREEN_HUKOU_OR_REGION"),
                found.stream().map(Violation::code).toList());
        assertEquals("requirements", found.get(0).field());
        assertEquals("限男 性", found.get(0).args()[0], "as written, space included");
        assertEquals("限女", found.get(1).args()[0]);
        assertEquals("本地戶口", found.get(2).args()[0], "as written, traditional characters included");
        List<DiscriminationScreen.Finding> all = screen.check("requirements", "限男 性，35岁以下");
        assertEquals(List.of(Kind.FORBIDDEN, Kind.WARNING), all.stream().map(DiscriminationScreen.Finding::kind).toList());
        assertEquals("35岁以下", all.get(1).phrase());
    }

    @ParameterizedTest(name = "minPay {0}: token p:{1}")
    @CsvSource({ "6800, 6800", "6900, 6800", "6799.99, 6600", "10000, 10000", "11999, 10000", "1000, 1000",
            "999, -1", "0, -1", "100000000, 50000" })
    void aMinimumPayRoundsDownToItsStep(String minPay, int step) {
        assertEquals(step, JobSearchService.payStep(new BigDecimal(minPay)).orElse(-1));
    }

    @Test
    void payStepsAreTheMigrationsSteps() throws java.io.IOException {
        String sql;
        try (var in = getClass().getResourceAsStream("/db/migration/V25__job_search_finer_pay_steps.sql")) {
            sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        var m = Pattern.compile("unnest\\(array\\[([\\d,\\s]+)\\]\\)").matcher(sql);
        assertEquals(true, m.find(), "the steps in V25");
        int[] inSql = Pattern.compile("[,\\s]+").splitAsStream(m.group(1).trim()).mapToInt(Integer::parseInt).toArray();
        assertEquals(java.util.Arrays.toString(inSql), java.util.Arrays.toString(JobSearchService.PAY_STEPS));
    }
}

package io.mwportal.jobs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

import io.mwportal.platform.validation.PlausibleDate;
import io.mwportal.jobs.Vacancy.EmploymentType;
import io.mwportal.jobs.Vacancy.PayUnit;
import io.mwportal.platform.validation.MobilePhone;
import io.mwportal.platform.validation.UnifiedSocialCreditCode;

/** API records of jobs (never the entities). Money is a decimal string in yuan. */
public final class JobViews {

    private JobViews() {
    }

    @Schema(name = "VacancyRequest", examples = """
            {"employer": {"name": "锦州某机械制造有限公司", "creditCode": "91210700MA0Y0D6U42"},
             "title": "电焊工", "duties": "负责钢结构件的焊接，按图纸施工。", "requirements": "持焊工证，有两年以上工作经验。",
             "headcount": 5, "district": "210702", "address": "锦州市古塔区某工业园 6 号",
             "pay": {"min": "5000.00", "max": "7000.00", "unit": "MONTH"}, "occupationCode": "6-18-02-04",
             "employmentType": "FULL_TIME", "validThrough": "2027-01-31",
             "benefits": {"socialInsurance": true, "housing": true, "meals": false},
             "contact": {"name": "张经理", "phone": "13912345678"}}""")
    public record VacancyRequest(
            @NotNull @Valid EmployerRequest employer,
            @NotBlank @Size(max = 100) String title,
            @NotBlank @Size(max = 2000) String duties,
            @NotBlank @Size(max = 2000) String requirements,
            @NotNull @Min(1) @Max(10_000) Integer headcount,
            @NotNull @Pattern(regexp = "\\d{6}") @Schema(maxLength = 6) String district,
            @NotBlank @Size(max = 200) String address,
            @NotNull @Valid Pay pay,
            @NotNull @Pattern(regexp = "\\d-\\d{2}-\\d{2}-\\d{2}") @Schema(maxLength = 10, description = "职业分类大典 2022 code")
            String occupationCode,
            @NotNull EmploymentType employmentType,
            @NotNull @PlausibleDate LocalDate validThrough,
            @NotNull @Valid Benefits benefits,
            @NotNull @Valid Contact contact) {
    }

    @Schema(name = "VacancyEmployer")
    public record EmployerRequest(@NotBlank @Size(max = 200) String name,
            @NotNull @UnifiedSocialCreditCode String creditCode) {
    }

    @Schema(name = "Pay", description = "Basic pay range; the minimum must reach the local minimum wage for its unit")
    public record Pay(
            @NotNull @DecimalMin("0.01") @Digits(integer = 8, fraction = 2) @Schema(type = SchemaType.STRING, maxLength = 11)
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal min,
            @NotNull @DecimalMin("0.01") @Digits(integer = 8, fraction = 2) @Schema(type = SchemaType.STRING, maxLength = 11)
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal max,
            @NotNull PayUnit unit) {
    }

    @Schema(name = "Benefits")
    public record Benefits(@NotNull Boolean socialInsurance, @NotNull Boolean housing, @NotNull Boolean meals) {
    }

    @Schema(name = "VacancyContact")
    public record Contact(@NotBlank @Size(max = 50) String name, @NotNull @MobilePhone String phone) {
    }

    @Schema(name = "Vacancy")
    public record VacancyView(
            long id, Vacancy.Status status, @Schema(description = "The publishing job centre") String jobCenter,
            EmployerRequest employer, String title, String duties, String requirements, int headcount,
            String district, String address, Pay pay, String occupationCode, String occupationName,
            @Schema(examples = "2022") String occupationEdition, EmploymentType employmentType, LocalDate validThrough,
            Benefits benefits, Contact contact, Instant postedAt, Instant updatedAt,
            @Schema(description = "What the discrimination screen reports without refusing: age limits (no statute "
                    + "forbids them)") List<ScreeningWarning> screeningWarnings,
            @Schema(description = "Why publishing waits (or waited) for the job centre's review: ON_ARREARS_LIST "
                    + "(the employer is on the list of employers named for serious wage arrears) or OPEN_ORDER_TO_PAY "
                    + "(an order to pay wages is not yet met)", examples = "ON_ARREARS_LIST") String holdReason) {
    }

    @Schema(name = "ScreeningRule", description = "A rule of the discrimination screen: a Java regular expression over "
            + "the normalised text (NFKC, simplified characters, lower case, no whitespace)")
    public record ScreeningRuleView(int id,
            @Schema(description = "FORBIDDEN (refused), WARNING (reported), EXCEPTION (equal-treatment phrasing)")
            String kind,
            @Schema(examples = "SEX") String category, String pattern,
            @Schema(description = "The statute, or why") String note) {
    }

    @Schema(name = "ScreeningWarning")
    public record ScreeningWarning(@Schema(examples = "requirements") String field,
            @Schema(examples = "AGE") String category, @Schema(examples = "35岁以下") String phrase) {
    }

    @Schema(name = "VacancySummary", description = "A search hit")
    public record VacancySummary(long id, String title, String employerName, String district, Pay pay,
            String occupationCode, EmploymentType employmentType, int headcount, LocalDate validThrough,
            Instant postedAt) {
    }

    @Schema(name = "JobApplicationRequest", examples = "{\"phone\": \"13800138000\", \"message\": \"有焊工证，可随时到岗\"}")
    public record ApplicationRequest(@NotNull @MobilePhone String phone, @Size(max = 500) String message) {
    }

    @Schema(name = "JobApplication", description = "The phone is shown only to the job centre of the vacancy and the applicant")
    public record ApplicationView(long id, long vacancyId, String vacancyTitle, String workerName, String phone,
            String message, Instant createdAt) {
    }
}

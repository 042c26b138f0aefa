package io.mwportal.jobs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A vacancy published by a job centre (人力资源市场暂行条例 Art 24 fields). */
@Entity
@Table(name = "vacancy")
public class Vacancy extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Jurisdiction code of the publishing job centre. */
    @Column(name = "job_center")
    public String jobCenter;

    /** The partner app that created it, if any: a partner manages only its own vacancies. */
    @Column(name = "created_by_client")
    public String createdByClient;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "employer_name")
    public String employerName;

    @Column(name = "employer_credit_code")
    public String employerCreditCode;

    public String title;

    public String duties;

    public String requirements;

    public int headcount;

    public String district;

    public String address;

    @Column(name = "pay_min")
    public BigDecimal payMin;

    @Column(name = "pay_max")
    public BigDecimal payMax;

    @Enumerated(EnumType.STRING)
    @Column(name = "pay_unit")
    public PayUnit payUnit;

    @Column(name = "pay_min_monthly")
    public BigDecimal payMinMonthly;

    @Column(name = "occupation_code")
    public String occupationCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_type")
    public EmploymentType employmentType;

    @Column(name = "valid_through")
    public LocalDate validThrough;

    @Column(name = "social_insurance")
    public boolean socialInsurance;

    public boolean housing;

    public boolean meals;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "posted_at")
    public Instant postedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "search_text")
    public String searchText;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "search_terms", columnDefinition = "text[]")
    public String[] searchTerms;

    /** What the screen reported without refusing (field, category, phrase as written), or null. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "screening_warnings")
    public List<Map<String, String>> screeningWarnings;

    /** Why it is HELD (ON_ARREARS_LIST, OPEN_ORDER_TO_PAY); kept after the review for the record. */
    @Column(name = "hold_reason")
    public String holdReason;

    @Version
    public long version;

    /** HELD: the employer is on the arrears list or has an open order to pay; the job centre reviews it. */
    public enum Status {
        DRAFT, HELD, PUBLISHED, WITHDRAWN, FILLED
    }

    public enum PayUnit {
        MONTH, DAY, HOUR
    }

    /** The schema.org employmentType values. */
    public enum EmploymentType {
        FULL_TIME, PART_TIME, TEMPORARY, SEASONAL, INTERN
    }
}

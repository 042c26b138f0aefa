package io.mwportal.training;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A vocational training course (e.g. 春潮行动) for one occupation and skill level. */
@Entity
@Table(name = "course")
public class Course extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    public Programme programme;

    public String title;

    @Column(name = "occupation_code")
    public String occupationCode;


    /** 职业技能等级: 5 = 初级工 (lowest) … 1 = 高级技师 (highest). */
    @Column(name = "skill_level")
    public int skillLevel;

    public String provider;

    @Enumerated(EnumType.STRING)
    public CourseMode mode;

    public String jurisdiction;

    public String address;

    public BigDecimal fee;

    @Column(name = "subsidy_eligible")
    public boolean subsidyEligible;

    /** What one completion of the course earns in subsidy (at most the fee); null when not subsidised. */
    @Column(name = "subsidy_amount")
    public BigDecimal subsidyAmount;

    public String description;

    @Enumerated(EnumType.STRING)
    public CourseStatus status;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public enum Programme {
        /** 春潮行动 */
        SPRING_TIDE,
        /** 农村劳动力转移远程培训 */
        REMOTE_TRAINING,
        OTHER
    }

    public enum CourseMode {
        ON_SITE, REMOTE
    }

    public enum CourseStatus {
        DRAFT, PUBLISHED, CANCELLED
    }
}

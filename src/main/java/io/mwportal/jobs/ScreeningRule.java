package io.mwportal.jobs;

import java.util.regex.Pattern;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.mwportal.jobs.DiscriminationScreen.Kind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A rule of the discrimination screen; rows are added by migration (docs/rules.md, "Jobs"). */
@Entity
@Immutable
@Table(name = "screening_rule")
public class ScreeningRule extends PanacheEntityBase {

    @Id
    public Integer id;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    /** SEX, ETHNICITY, RELIGION, HUKOU_OR_REGION, MARRIAGE_OR_CHILDBIRTH, DISEASE_CARRIER, DISABILITY, HYPE, AGE; ANY. */
    public String category;

    /** A Java regular expression over the normalised text. */
    public String pattern;

    /** The statute, or why. */
    public String note;

    DiscriminationScreen.Rule rule() {
        return new DiscriminationScreen.Rule(category, kind, Pattern.compile(pattern));
    }
}

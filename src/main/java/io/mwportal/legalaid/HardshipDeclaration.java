package io.mwportal.legalaid;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The applicant's declaration of economic hardship (经济困难状况), for matters that are means-tested. */
@Embeddable
public class HardshipDeclaration {

    @Column(name = "household_size")
    public Integer householdSize;

    @Column(name = "monthly_household_income")
    public BigDecimal monthlyHouseholdIncome;

    @Column(name = "hardship_statement")
    public String statement;

    public HardshipDeclaration() {
    }

    HardshipDeclaration(Integer householdSize, BigDecimal monthlyHouseholdIncome, String statement) {
        this.householdSize = householdSize;
        this.monthlyHouseholdIncome = monthlyHouseholdIncome;
        this.statement = statement;
    }
}

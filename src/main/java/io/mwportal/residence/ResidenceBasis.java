package io.mwportal.residence;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.mwportal.residence.ResidenceEnums.BasisType;

/** One tie to the city besides residence (居住证暂行条例 Art 2), as stored. */
@Embeddable
public class ResidenceBasis {

    @Enumerated(EnumType.STRING)
    public BasisType type;

    /** The employer or school. */
    public String organisation;

    @Column(name = "credit_code")
    public String creditCode;

    /** The home. */
    public String address;

    public LocalDate since;

    public ResidenceBasis() {
    }

    public ResidenceBasis(BasisType type, String organisation, String creditCode, String address, LocalDate since) {
        this.type = type;
        this.organisation = organisation;
        this.creditCode = creditCode;
        this.address = address;
        this.since = since;
    }
}

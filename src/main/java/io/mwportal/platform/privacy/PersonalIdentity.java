package io.mwportal.platform.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A person as a case names them (PIPL personal information): name, resident ID number, mobile phone. Whoever may
 * not read them in full (docs/security.md: anyone but the person and the handling office) gets them masked.
 */
@Embeddable
public class PersonalIdentity {

    @Column(length = 50)
    public String name;

    @Column(name = "id_number", length = 18)
    public String idNumber;

    @Column(length = 11)
    public String phone;

    public PersonalIdentity() {
    }

    public PersonalIdentity(String name, String idNumber, String phone) {
        this.name = name;
        this.idNumber = idNumber;
        this.phone = phone;
    }

    /** This identity as {@code full} readers see it, or with ID number and phone masked. */
    public PersonalIdentity shownTo(boolean full) {
        return full ? this : new PersonalIdentity(name, Masking.idNumber(idNumber), Masking.phone(phone));
    }
}

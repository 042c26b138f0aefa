package io.mwportal.legalaid;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.mwportal.legalaid.LegalAidEnums.RefusalReason;

/** A decision not to give legal aid: why, in the officer's words, and until when the applicant may object. */
@Embeddable
public class RefusalDecision {

    @Enumerated(EnumType.STRING)
    @Column(name = "refusal_reason")
    public RefusalReason reason;

    @Column(name = "refusal_note")
    public String note;

    /** The last day the applicant may object (法律援助法 Art 49; the period is the province's). */
    @Column(name = "objection_due")
    public LocalDate objectionDue;

    public RefusalDecision() {
    }

    RefusalDecision(RefusalReason reason, String note, LocalDate objectionDue) {
        this.reason = reason;
        this.note = note;
        this.objectionDue = objectionDue;
    }
}

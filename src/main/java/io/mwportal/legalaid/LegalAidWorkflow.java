package io.mwportal.legalaid;

import static io.mwportal.casework.Workflow.OWNER;
import static io.mwportal.casework.Workflow.Step.step;
import static io.mwportal.legalaid.LegalAidWorkflow.Status.APPROVED;
import static io.mwportal.legalaid.LegalAidWorkflow.Status.ASSIGNED;
import static io.mwportal.legalaid.LegalAidWorkflow.Status.CLOSED;
import static io.mwportal.legalaid.LegalAidWorkflow.Status.OBJECTION_PENDING;
import static io.mwportal.legalaid.LegalAidWorkflow.Status.OUTCOME_RECORDED;
import static io.mwportal.legalaid.LegalAidWorkflow.Status.REFUSAL_UPHELD;
import static io.mwportal.legalaid.LegalAidWorkflow.Status.REFUSED;
import static io.mwportal.legalaid.LegalAidWorkflow.Status.SUBMITTED;
import static io.mwportal.legalaid.LegalAidWorkflow.Status.SUPPLEMENT_REQUESTED;
import static io.mwportal.legalaid.LegalAidWorkflow.Status.WITHDRAWN;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.mwportal.casework.Workflow;
import io.mwportal.casework.Workflow.ClockEffect;
import io.mwportal.casework.Workflow.Kind;
import io.mwportal.casework.Workflow.QueueOrder;
import io.mwportal.platform.calendar.DeadlineUnit;
import io.mwportal.platform.security.Roles;

/**
 * The state machine of a legal-aid request (docs/rules.md, "Legal aid"; 法律援助法, 办理法律援助案件程序规定): a decision
 * within 7 working days of a complete application (paused while the applicant supplements), a lawyer or legal
 * adviser within 3 working days of approval, aid granted provisionally before review when a deadline is days away
 * (Art 44), and a refusal the applicant may object to once, within the province's period, decided within 5 days
 * (Art 49). Urgent requests come first in the office's queue.
 */
@ApplicationScoped
public class LegalAidWorkflow {

    public static final String CASE_TYPE = "LEGAL_AID";

    /** Where a request stands. */
    public enum Status {
        SUBMITTED, SUPPLEMENT_REQUESTED, APPROVED, ASSIGNED, REFUSED, OBJECTION_PENDING, REFUSAL_UPHELD,
        OUTCOME_RECORDED, CLOSED, WITHDRAWN
    }

    /** The actions the service gives fields or rules of their own (the others are the kernel's alone). */
    static final String GRANT_PROVISIONAL = "grant-provisional";
    static final String ASSIGN_LAWYER = "assign-lawyer";
    static final String REFUSE = "refuse";
    static final String OBJECT = "object";
    static final String RECORD_OUTCOME = "record-outcome";

    private final Workflow definition;

    @Inject
    public LegalAidWorkflow(LegalAidConfig config) {
        String officer = Roles.LEGAL_AID_OFFICER;
        var decision = new ClockEffect.Start("DECISION", config.decisionWorkingDays(), DeadlineUnit.WORKING_DAYS);
        var assignment = new ClockEffect.Start("ASSIGNMENT", config.assignmentWorkingDays(), DeadlineUnit.WORKING_DAYS);
        var review = new ClockEffect.Start("OBJECTION_REVIEW", config.objectionReviewDays(), config.objectionReviewUnit());
        Status[] undecided = { SUBMITTED, SUPPLEMENT_REQUESTED };
        Status[] open = { SUBMITTED, SUPPLEMENT_REQUESTED, APPROVED, ASSIGNED, OBJECTION_PENDING, OUTCOME_RECORDED };
        this.definition = new Workflow(CASE_TYPE, "LA", officer, SUBMITTED.name(), decision,
                Workflow.names(REFUSAL_UPHELD, CLOSED, WITHDRAWN), List.of(
                        step("assign", officer).from(open).kind(Kind.ASSIGN).build(),
                        step(GRANT_PROVISIONAL, officer).from(undecided).requiresNote().assignsCaller()
                                .once("ALREADY_PROVISIONAL").build(),
                        step("request-supplement", officer).from(SUBMITTED).to(SUPPLEMENT_REQUESTED)
                                .kind(Kind.REQUEST_SUPPLEMENT).clock(new ClockEffect.Pause()).build(),
                        step("supplement", OWNER).from(SUPPLEMENT_REQUESTED).to(SUBMITTED).kind(Kind.SUPPLEMENT)
                                .clock(new ClockEffect.Resume()).requiresNote().build(),
                        step("approve", officer).from(SUBMITTED).to(APPROVED).clock(assignment).assignsCaller()
                                .build(),
                        step(ASSIGN_LAWYER, officer).from(APPROVED).to(ASSIGNED).clock(new ClockEffect.Stop())
                                .build(),
                        step(REFUSE, officer).from(undecided).to(REFUSED).clock(new ClockEffect.Stop())
                                .requiresNote().assignsCaller().build(),
                        step(OBJECT, OWNER).from(REFUSED).to(OBJECTION_PENDING).clock(review).requiresNote()
                                .once("ALREADY_OBJECTED").build(),
                        // The justice bureau's review of the objection: uphold the refusal, or order aid.
                        step("uphold-refusal", officer).from(OBJECTION_PENDING).to(REFUSAL_UPHELD)
                                .clock(new ClockEffect.Stop()).requiresNote().build(),
                        step("order-aid", officer).from(OBJECTION_PENDING).to(APPROVED).clock(assignment)
                                .requiresNote().build(),
                        // Cross-region collaboration: the receiving office decides within its own period.
                        step("transfer", officer).from(undecided).kind(Kind.TRANSFER).clock(decision)
                                .requiresNote().build(),
                        step("take-over", officer).from(open).kind(Kind.TAKE_OVER).build(),
                        step(RECORD_OUTCOME, officer).from(ASSIGNED).to(OUTCOME_RECORDED).build(),
                        step("close", officer).from(OUTCOME_RECORDED).to(CLOSED).build(),
                        step("withdraw", OWNER).from(SUBMITTED, SUPPLEMENT_REQUESTED, APPROVED, ASSIGNED)
                                .to(WITHDRAWN).clock(new ClockEffect.Stop()).build()),
                QueueOrder.URGENT_THEN_OVERDUE_THEN_DUE_DATE);
    }

    public Workflow definition() {
        return definition;
    }
}

package io.mwportal.residence;

import static io.mwportal.casework.Workflow.OWNER;
import static io.mwportal.casework.Workflow.Step.step;
import static io.mwportal.residence.ResidenceWorkflow.Status.ACCEPTED;
import static io.mwportal.residence.ResidenceWorkflow.Status.ACCEPTED_AWAITING_SUPPLEMENT;
import static io.mwportal.residence.ResidenceWorkflow.Status.COLLECTED;
import static io.mwportal.residence.ResidenceWorkflow.Status.ISSUED;
import static io.mwportal.residence.ResidenceWorkflow.Status.REFUSED;
import static io.mwportal.residence.ResidenceWorkflow.Status.SUBMITTED;
import static io.mwportal.residence.ResidenceWorkflow.Status.SUPPLEMENT_REQUESTED;
import static io.mwportal.residence.ResidenceWorkflow.Status.WITHDRAWN;

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
 * The state machine of a residence-permit application (docs/rules.md, "Residence permits"; 居住证暂行条例 Art 9): the
 * police station checks the application, asks once for everything missing, accepts it (the applicant gets the
 * receipt for collection) and issues the permit within 15 days of acceptance (30 with a recorded reason). A supplement
 * may also be asked after acceptance (an unusable photo): the issue clock then stands still.
 */
@ApplicationScoped
public class ResidenceWorkflow {

    public static final String CASE_TYPE = "RESIDENCE_PERMIT";

    /** Where an application stands. */
    public enum Status {
        SUBMITTED, SUPPLEMENT_REQUESTED, ACCEPTED, ACCEPTED_AWAITING_SUPPLEMENT, ISSUED, COLLECTED, REFUSED, WITHDRAWN
    }

    /** The actions the service gives fields or rules of their own. */
    static final String ACCEPT = "accept";
    static final String ISSUE = "issue";
    static final String RECORD_COLLECTION = "record-collection";
    static final String REFUSE = "refuse";
    static final String REQUEST_SUPPLEMENT = "request-supplement";

    private final Workflow definition;

    @Inject
    public ResidenceWorkflow(ResidenceConfig config) {
        String officer = Roles.RESIDENCE_OFFICER;
        var issue = new ClockEffect.Start("ISSUE", config.issueDays(), DeadlineUnit.NATURAL_DAYS);
        Status[] open = { SUBMITTED, SUPPLEMENT_REQUESTED, ACCEPTED, ACCEPTED_AWAITING_SUPPLEMENT, ISSUED };
        Status[] undecided = { SUBMITTED, SUPPLEMENT_REQUESTED, ACCEPTED, ACCEPTED_AWAITING_SUPPLEMENT };
        this.definition = new Workflow(CASE_TYPE, "RP", officer, SUBMITTED.name(), null,
                Workflow.names(COLLECTED, REFUSED, WITHDRAWN), List.of(
                        step("assign", officer).from(open).kind(Kind.ASSIGN).build(),
                        // Art 9: one notice of everything missing, before or after acceptance.
                        step(REQUEST_SUPPLEMENT, officer).from(SUBMITTED).to(SUPPLEMENT_REQUESTED)
                                .kind(Kind.REQUEST_SUPPLEMENT).clock(new ClockEffect.Pause()).build(),
                        step(REQUEST_SUPPLEMENT, officer).from(ACCEPTED).to(ACCEPTED_AWAITING_SUPPLEMENT)
                                .kind(Kind.REQUEST_SUPPLEMENT).clock(new ClockEffect.Pause()).build(),
                        step("supplement", OWNER).from(SUPPLEMENT_REQUESTED).to(SUBMITTED).kind(Kind.SUPPLEMENT)
                                .clock(new ClockEffect.Resume()).build(),
                        step("supplement", OWNER).from(ACCEPTED_AWAITING_SUPPLEMENT).to(ACCEPTED)
                                .kind(Kind.SUPPLEMENT).clock(new ClockEffect.Resume()).build(),
                        step(ACCEPT, officer).from(SUBMITTED).to(ACCEPTED).clock(issue).assignsCaller().build(),
                        step("extend", officer).from(ACCEPTED, ACCEPTED_AWAITING_SUPPLEMENT)
                                .clock(new ClockEffect.Extend(config.issueExtensionDays())).requiresNote()
                                .once("ALREADY_EXTENDED").build(),
                        step(ISSUE, officer).from(ACCEPTED).to(ISSUED).clock(new ClockEffect.Stop()).build(),
                        step(RECORD_COLLECTION, officer).from(ISSUED).to(COLLECTED).build(),
                        step(REFUSE, officer).from(undecided).to(REFUSED).clock(new ClockEffect.Stop())
                                .requiresNote().assignsCaller().build(),
                        step("transfer", officer).from(SUBMITTED, SUPPLEMENT_REQUESTED).kind(Kind.TRANSFER)
                                .requiresNote().build(),
                        step("take-over", officer).from(open).kind(Kind.TAKE_OVER).build(),
                        step("withdraw", OWNER).from(undecided).to(WITHDRAWN).clock(new ClockEffect.Stop()).build()),
                QueueOrder.DUE_DATE_THEN_OLDEST);
    }

    public Workflow definition() {
        return definition;
    }
}

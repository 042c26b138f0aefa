package io.mwportal.wages;

import static io.mwportal.casework.Workflow.OWNER;
import static io.mwportal.casework.Workflow.Step.step;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.mwportal.casework.Workflow;
import io.mwportal.casework.Workflow.ClockEffect;
import io.mwportal.casework.Workflow.Kind;
import io.mwportal.casework.Workflow.QueueOrder;
import io.mwportal.platform.calendar.DeadlineUnit;
import io.mwportal.platform.security.Roles;

/**
 * The state machine of a wage-arrears complaint (docs/rules.md, "Wage arrears"; 劳动保障监察条例, 保障农民工工资支付条例):
 * acceptance decision within 5 working days (paused while the worker supplements), 60 working days of
 * investigation from acceptance, one extension of 30 working days before it ends, then an outcome (and, after an
 * order to pay, its sequel) and closing. A transfer gives the receiving office its own acceptance period.
 */
@ApplicationScoped
public class WagesWorkflow {

    public static final String CASE_TYPE = "WAGE_COMPLAINT";

    public static final String SUBMITTED = "SUBMITTED";
    public static final String SUPPLEMENT_REQUESTED = "SUPPLEMENT_REQUESTED";
    public static final String INVESTIGATING = "INVESTIGATING";
    public static final String OUTCOME_RECORDED = "OUTCOME_RECORDED";
    public static final String CLOSED = "CLOSED";
    public static final String REFUSED = "REFUSED";
    public static final String WITHDRAWN = "WITHDRAWN";

    public static final String ACCEPT = "accept";
    public static final String REQUEST_SUPPLEMENT = "request-supplement";
    public static final String SUPPLEMENT = "supplement";
    public static final String REFUSE = "refuse";
    public static final String TRANSFER = "transfer";
    public static final String TAKE_OVER = "take-over";
    public static final String EXTEND = "extend";
    public static final String RECORD_OUTCOME = "record-outcome";
    public static final String CLOSE = "close";
    public static final String WITHDRAW = "withdraw";

    private final Workflow definition;

    @Inject
    public WagesWorkflow(WagesConfig config) {
        this(config.acceptanceWorkingDays(), config.investigationWorkingDays(), config.extensionWorkingDays());
    }

    /** For unit tests of the table. */
    public WagesWorkflow(int acceptanceDays, int investigationDays, int extensionDays) {
        String inspector = Roles.LABOUR_INSPECTOR;
        ClockEffect.Start acceptance = new ClockEffect.Start("ACCEPTANCE", acceptanceDays, DeadlineUnit.WORKING_DAYS);
        ClockEffect.Start investigation = new ClockEffect.Start("INVESTIGATION", investigationDays,
                DeadlineUnit.WORKING_DAYS);
        Set<String> open = Set.of(SUBMITTED, SUPPLEMENT_REQUESTED, INVESTIGATING, OUTCOME_RECORDED);
        this.definition = new Workflow(CASE_TYPE, "WC", inspector, SUBMITTED, acceptance,
                Set.of(CLOSED, REFUSED, WITHDRAWN), List.of(
                        step(ACCEPT, inspector).from(SUBMITTED).to(INVESTIGATING).clock(investigation)
                                .assignsCaller().build(),
                        step(REQUEST_SUPPLEMENT, inspector).from(SUBMITTED).to(SUPPLEMENT_REQUESTED)
                                .kind(Kind.REQUEST_SUPPLEMENT).clock(new ClockEffect.Pause()).build(),
                        step(SUPPLEMENT, OWNER).from(SUPPLEMENT_REQUESTED).to(SUBMITTED).kind(Kind.SUPPLEMENT)
                                .clock(new ClockEffect.Resume()).requiresNote().build(),
                        step(REFUSE, inspector).from(SUBMITTED, SUPPLEMENT_REQUESTED).to(REFUSED)
                                .clock(new ClockEffect.Stop()).requiresNote().build(),
                        step(TRANSFER, inspector).from(SUBMITTED).kind(Kind.TRANSFER).clock(acceptance)
                                .requiresNote().build(),
                        step(TAKE_OVER, inspector).from(open).kind(Kind.TAKE_OVER).build(),
                        step(EXTEND, inspector).from(INVESTIGATING).clock(new ClockEffect.Extend(extensionDays))
                                .requiresNote().once("ALREADY_EXTENDED").build(),
                        // From OUTCOME_RECORDED only as the sequel of an order to pay (paid after all, referred to
                        // the police or to arbitration): WageComplaintService checks the earlier outcome.
                        step(RECORD_OUTCOME, inspector).from(INVESTIGATING, OUTCOME_RECORDED).to(OUTCOME_RECORDED)
                                .clock(new ClockEffect.Stop()).build(),
                        step(CLOSE, inspector).from(OUTCOME_RECORDED).to(CLOSED).build(),
                        step(WITHDRAW, OWNER).from(SUBMITTED, SUPPLEMENT_REQUESTED, INVESTIGATING).to(WITHDRAWN)
                                .clock(new ClockEffect.Stop()).build()),
                QueueOrder.DUE_DATE);
    }

    public Workflow definition() {
        return definition;
    }
}

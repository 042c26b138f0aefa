package io.mwportal.wages;

import static io.mwportal.casework.Workflow.OWNER;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.mwportal.casework.Workflow;
import io.mwportal.casework.Workflow.ClockEffect;
import io.mwportal.casework.Workflow.Step;
import io.mwportal.platform.calendar.DeadlineUnit;
import io.mwportal.platform.security.Roles;

/**
 * The state machine of a wage-arrears complaint (劳动保障监察条例 and 保障农民工工资支付条例; DESIGN.md section 6):
 * acceptance decision within 5 working days (paused while the worker supplements), 60 working days of
 * investigation from acceptance, one extension of 30 working days, then an outcome and closing.
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

    public static final String ACCEPT = "ACCEPT";
    public static final String REQUEST_SUPPLEMENT = "REQUEST_SUPPLEMENT";
    public static final String SUPPLEMENT = "SUPPLEMENT";
    public static final String REFUSE = "REFUSE";
    public static final String TRANSFER = "TRANSFER";
    public static final String TAKE_OVER = "TAKE_OVER";
    public static final String EXTEND = "EXTEND";
    public static final String RECORD_OUTCOME = "RECORD_OUTCOME";
    public static final String CLOSE = "CLOSE";
    public static final String WITHDRAW = "WITHDRAW";

    private final Workflow definition;

    public WagesWorkflow(
            @ConfigProperty(name = "portal.wages.acceptance-working-days") int acceptanceDays,
            @ConfigProperty(name = "portal.wages.investigation-working-days") int investigationDays,
            @ConfigProperty(name = "portal.wages.extension-working-days") int extensionDays) {
        this.definition = define(acceptanceDays, investigationDays, extensionDays);
    }

    public Workflow definition() {
        return definition;
    }

    private static Workflow define(int acceptanceDays, int investigationDays, int extensionDays) {
        String inspector = Roles.LABOUR_INSPECTOR;
        ClockEffect.Start acceptance = new ClockEffect.Start("ACCEPTANCE", acceptanceDays, DeadlineUnit.WORKING_DAYS);
        Set<String> open = Set.of(SUBMITTED, SUPPLEMENT_REQUESTED, INVESTIGATING, OUTCOME_RECORDED);
        return new Workflow(CASE_TYPE, "WC", inspector, SUBMITTED, acceptance, Set.of(CLOSED, REFUSED, WITHDRAWN),
                List.of(
                        Step.of(ACCEPT, Set.of(SUBMITTED), INVESTIGATING, inspector,
                                new ClockEffect.Start("INVESTIGATION", investigationDays, DeadlineUnit.WORKING_DAYS)),
                        Step.of(REQUEST_SUPPLEMENT, Set.of(SUBMITTED), SUPPLEMENT_REQUESTED, inspector,
                                new ClockEffect.Pause()),
                        Step.of(SUPPLEMENT, Set.of(SUPPLEMENT_REQUESTED), SUBMITTED, OWNER, new ClockEffect.Resume()),
                        Step.of(REFUSE, Set.of(SUBMITTED, SUPPLEMENT_REQUESTED), REFUSED, inspector,
                                new ClockEffect.Stop()),
                        // The receiving office gets its own acceptance period.
                        Step.of(TRANSFER, Set.of(SUBMITTED), null, inspector, acceptance),
                        new Step(TAKE_OVER, open, null, inspector, new ClockEffect.Keep(), true),
                        Step.of(EXTEND, Set.of(INVESTIGATING), null, inspector, new ClockEffect.Extend(extensionDays)),
                        // From OUTCOME_RECORDED only as the sequel of an order to pay (paid after all, referred
                        // to the police or to arbitration): WageComplaintService checks the earlier outcome.
                        Step.of(RECORD_OUTCOME, Set.of(INVESTIGATING, OUTCOME_RECORDED), OUTCOME_RECORDED, inspector,
                                new ClockEffect.Stop()),
                        Step.of(CLOSE, Set.of(OUTCOME_RECORDED), CLOSED, inspector, new ClockEffect.Keep()),
                        Step.of(WITHDRAW, Set.of(SUBMITTED, SUPPLEMENT_REQUESTED, INVESTIGATING), WITHDRAWN, OWNER,
                                new ClockEffect.Stop())));
    }
}

package io.mwportal.wages;

import static io.mwportal.casework.Workflow.Step.step;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.mwportal.casework.Workflow;
import io.mwportal.casework.Workflow.Kind;
import io.mwportal.casework.Workflow.QueueOrder;
import io.mwportal.platform.security.Roles;

/**
 * What the office does with an anonymous report (举报; docs/rules.md, "Wage arrears"; 劳动保障监察条例 Art 9): open a
 * complaint case ex officio (the reporter stays anonymous), or close it with a reason; transfer it to the office
 * responsible, or take it over at city level. No statutory clock; the queue is oldest first.
 */
@ApplicationScoped
public class WageReportWorkflow {

    public static final String CASE_TYPE = "WAGE_REPORT";

    public static final String RECEIVED = "RECEIVED";
    public static final String CASE_OPENED = "CASE_OPENED";
    public static final String CLOSED = "CLOSED";

    public static final String OPEN_CASE = "open-case";
    public static final String CLOSE = "close";

    private final Workflow definition;

    public WageReportWorkflow() {
        String inspector = Roles.LABOUR_INSPECTOR;
        this.definition = new Workflow(CASE_TYPE, "WR", inspector, RECEIVED, null, Set.of(CASE_OPENED, CLOSED),
                List.of(step(OPEN_CASE, inspector).from(RECEIVED).to(CASE_OPENED).assignsCaller().build(),
                        step(CLOSE, inspector).from(RECEIVED).to(CLOSED).requiresNote().assignsCaller().build(),
                        step("transfer", inspector).from(RECEIVED).kind(Kind.TRANSFER).requiresNote().build(),
                        step("take-over", inspector).from(RECEIVED).kind(Kind.TAKE_OVER).build()),
                QueueOrder.OLDEST_FIRST);
    }

    public Workflow definition() {
        return definition;
    }
}

package io.mwportal.casework;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import io.mwportal.platform.events.EventSource;
import io.mwportal.platform.events.EventType;

/**
 * The events of every case type, announced by the kernel: {@code <case-type>.<action>}, the case type in kebab case
 * and the action as the URL names it ({@code wage-complaint.accept}, {@code legal-aid-request.approve}), and
 * {@code <case-type>.submit} for a filing. Each goes to the worker whose case it is and to the handling office.
 */
@ApplicationScoped
public class CaseEvents implements EventSource {

    static final String SUBMIT = "submit";

    @Inject
    Instance<CaseType<?>> caseTypes;

    public static String type(Workflow workflow, String action) {
        return workflow.caseType().toLowerCase(Locale.ROOT).replace('_', '-') + "." + action;
    }

    @Override
    public List<EventType> eventTypes() {
        List<EventType> types = new ArrayList<>();
        for (CaseType<?> caseType : caseTypes) {
            Workflow workflow = caseType.workflow();
            Set<String> actions = new LinkedHashSet<>();
            actions.add(SUBMIT);
            workflow.steps().forEach(step -> actions.add(step.action()));
            for (String action : actions) {
                types.add(new EventType(type(workflow, action), true, workflow.officeRole(), false,
                        "A " + workflow.caseType() + " case: " + (action.equals(SUBMIT) ? "filed" : "action " + action
                                + " taken") + ". Data: caseType, trackingNumber, action, status."));
            }
        }
        return types;
    }
}

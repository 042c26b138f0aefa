package io.mwportal.casework;

import java.util.List;

/**
 * The part of every case action's body that the kernel reads: the note (a reason, an answer) and, for the steps that
 * take them, the missing items of a supplement request, the target office of a transfer and the colleague a case is
 * assigned to. A case type's action
 * body is a record with these components and its own fields.
 */
public interface CaseActionInput {

    String note();

    default List<String> missingItems() {
        return null;
    }

    default String toJurisdiction() {
        return null;
    }

    /** The user name of the officer to assign the case to; none assigns it to the caller. */
    default String assignee() {
        return null;
    }
}

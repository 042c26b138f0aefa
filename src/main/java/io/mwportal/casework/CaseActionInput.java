package io.mwportal.casework;

import java.util.List;

/**
 * The part of every case action's body that the kernel reads: the note (a reason, an answer) and, for the steps that
 * take them, the missing items of a supplement request and the target office of a transfer. A case type's action
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
}

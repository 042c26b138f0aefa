package io.mwportal.residence;

/** The closed vocabularies of residence permits (docs/rules.md, "Residence permits"). */
public final class ResidenceEnums {

    private ResidenceEnums() {
    }

    public enum Sex {
        MALE, FEMALE
    }

    /** What ties the applicant to the city besides residence (Art 2); at least one. */
    public enum BasisType {
        STABLE_JOB, STABLE_HOME, CONTINUOUS_SCHOOLING;

        /** A job or a school is named by its organisation; a home by its address. */
        boolean needsOrganisation() {
            return this != STABLE_HOME;
        }
    }

    /** Who applies for someone else (Art 9). */
    public enum AgentRelationship {
        PARENT, GUARDIAN, SPOUSE, CHILD, OTHER_CLOSE_RELATIVE
    }

    /** Why someone else applies (Art 9: under 16, or elderly or disabled and not able to come). */
    public enum AgentReason {
        UNDER_16, ELDERLY, DISABLED
    }

    /**
     * What an officer may ask to be supplied (Art 9's one notice of everything missing): the documents of the
     * application, and any of its facts to correct.
     */
    public enum MissingItem {
        PHOTO, ID_CARD, RESIDENCE_REGISTRATION, JOB_PROOF, HOME_PROOF, SCHOOLING_PROOF, AGENT_PROOF, HUKOU_ADDRESS,
        RESIDENCE_ADDRESS, OTHER
    }

    public enum RefusalReason {
        RESIDENCE_TOO_SHORT, NO_BASIS, FALSE_INFORMATION, ALREADY_HOLDS_PERMIT, MATERIALS_NOT_SUPPLIED, OTHER
    }

    public enum CancelReason {
        LEFT_CITY, HUKOU_MOVED_IN, DECEASED, FRAUD, OTHER
    }

    /** What a verifier learns, and every view shows. */
    public enum PermitState {
        VALID, SUSPENDED, EXPIRED
    }

    /** The answer of a verification: the state, or NOT_FOUND for an unknown number or a name that does not match. */
    public enum CheckResult {
        VALID, SUSPENDED, EXPIRED, NOT_FOUND
    }

    public enum EndorsementStatus {
        PENDING, APPROVED, REFUSED
    }
}

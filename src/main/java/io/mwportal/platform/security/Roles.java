package io.mwportal.platform.security;

import java.util.Set;

/** The realm roles of the Keycloak realm {@code portal} (docs/security.md), for {@code @RolesAllowed}. */
public final class Roles {

    public static final String WORKER = "worker";
    public static final String JOB_CENTER = "job-center";
    public static final String TRAINING_OFFICER = "training-officer";
    public static final String LABOUR_INSPECTOR = "labour-inspector";
    public static final String LEGAL_AID_OFFICER = "legal-aid-officer";
    public static final String RESIDENCE_OFFICER = "residence-officer";
    public static final String ANALYST = "analyst";
    public static final String ADMIN = "admin";

    /** Roles whose holders act for an office of a jurisdiction rather than for themselves. */
    public static final Set<String> OFFICE_ROLES = Set.of(JOB_CENTER, TRAINING_OFFICER,
            LABOUR_INSPECTOR, LEGAL_AID_OFFICER, RESIDENCE_OFFICER);

    private Roles() {
    }
}

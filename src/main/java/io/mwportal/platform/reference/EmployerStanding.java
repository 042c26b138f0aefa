package io.mwportal.platform.reference;

import java.util.Optional;

/**
 * Whether an employer is in good standing with the labour inspection (seed measure 4, 诚信管理): asked by jobs before
 * a vacancy is published, answered by wages (the list of employers named for serious arrears, open orders to pay),
 * so that neither feature depends on the other.
 */
public interface EmployerStanding {

    /** Why a vacancy of this employer waits for the job centre's review (a code), or empty when it need not. */
    Optional<String> holdReason(String employerName, String creditCode);
}

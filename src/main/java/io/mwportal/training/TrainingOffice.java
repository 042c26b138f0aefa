package io.mwportal.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.mwportal.platform.security.CurrentUser;
import io.mwportal.platform.security.Roles;

/** Which courses a training officer manages: those of their jurisdiction; a city-level officer manages all. */
@ApplicationScoped
public class TrainingOffice {

    @Inject
    CurrentUser user;

    public boolean isOfficer() {
        return user.hasRole(Roles.TRAINING_OFFICER);
    }

    public boolean manages(String jurisdiction) {
        if (!isOfficer()) {
            return false;
        }
        String office = user.requireJurisdiction();
        return office.equals(CurrentUser.CITY_JURISDICTION) || office.equals(jurisdiction);
    }
}

package io.mwportal.archfixture.jobs;

import io.mwportal.archfixture.wages.FixtureComplaint;

/** A deliberate violation (a feature reaching into another), so the architecture rule is shown to bite. */
public class FixtureVacancyService {

    public FixtureComplaint leak() {
        return new FixtureComplaint();
    }
}

package io.mwportal.archfixture.wages;

/** Target of the deliberate violation in {@code archfixture.jobs}. */
public class FixtureComplaint {
}

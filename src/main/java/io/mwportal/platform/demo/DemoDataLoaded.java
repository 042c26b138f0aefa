package io.mwportal.platform.demo;

/**
 * Fired after the demo data set committed, for the features to derive what its script leaves to them (the search text
 * of vacancies, overdue flags, the statistics); statistics observe it last.
 */
public record DemoDataLoaded() {
}

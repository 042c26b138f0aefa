package io.mwportal.casework;

/** What every case type's view has: the tracking number by which the case is addressed. */
public interface CaseView {

    String trackingNumber();
}

package io.mwportal.platform.reference;

public enum JurisdictionLevel {
    CITY, DISTRICT, COUNTY, COUNTY_CITY, DEVELOPMENT_ZONE
}

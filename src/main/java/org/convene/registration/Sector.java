package org.convene.registration;

/** The participant's field of work, for the participation statistics. */
public enum Sector {
    HEALTH, SOCIAL_SERVICES, LAW_ENFORCEMENT_JUSTICE, EDUCATION, NGO_CIVIL_SOCIETY, GOVERNMENT_POLICY, RESEARCH, OTHER
}

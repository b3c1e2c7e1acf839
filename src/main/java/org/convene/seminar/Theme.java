package org.convene.seminar;

/** The body's working themes, used to tag and filter seminars. */
public enum Theme {
    GENDER, HUMAN_RIGHTS, MIGRANTS_REFUGEES_IDPS, CHILDREN_OF_PARENTS_WHO_USE_DRUGS,
    ONLINE_GAMBLING_GAMING_NEW_ADDICTIONS, PREVENTION, TREATMENT, OTHER
}

package org.filiere.funding;

/** What the association spends its money on, as the activity report groups it. */
public enum ExpenseActivity {
    TRAINING,
    EVENTS,
    PROJECTS,
    WATCH,
    STAFF,
    OVERHEADS
}

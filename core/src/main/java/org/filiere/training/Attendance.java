package org.filiere.training;

/** Whether a confirmed participant came to the session. */
public enum Attendance {
    /** Not recorded yet. */
    NOT_RECORDED,
    PRESENT,
    ABSENT
}

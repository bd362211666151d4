package org.filiere.project;

import org.filiere.kernel.BusinessRefusal;

/** A request about a call for projects or a project that the rules refuse; the message names the record and why. */
public class ProjectRefusedException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    public ProjectRefusedException(String message) {
        super(message);
    }
}

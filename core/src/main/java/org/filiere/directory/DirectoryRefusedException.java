package org.filiere.directory;

import org.filiere.kernel.BusinessRefusal;

/** A change to the directories that the association's rules refuse; the message says which and why. */
public class DirectoryRefusedException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    public DirectoryRefusedException(String message) {
        super(message);
    }
}

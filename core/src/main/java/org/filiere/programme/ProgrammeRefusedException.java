package org.filiere.programme;

import org.filiere.kernel.BusinessRefusal;

/**
 * A request about a partner organisation, an agreement or a programme that the rules refuse; the message names the
 * record and says why.
 */
public class ProgrammeRefusedException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    public ProgrammeRefusedException(String message) {
        super(message);
    }
}

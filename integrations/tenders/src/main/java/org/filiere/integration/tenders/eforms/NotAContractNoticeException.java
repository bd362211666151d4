package org.filiere.integration.tenders.eforms;

import org.filiere.kernel.BusinessRefusal;

/** An XML file is not an eForms contract notice, nor holds any: nothing of it was read. */
public class NotAContractNoticeException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    private final String what;

    /** @param what what the file is instead, in words ({@code an eForms ContractAwardNotice}) */
    public NotAContractNoticeException(String what) {
        super("It is " + what + ", not an eForms contract notice.");
        this.what = what;
    }

    /** What the file is instead, in words. */
    public String what() {
        return what;
    }
}

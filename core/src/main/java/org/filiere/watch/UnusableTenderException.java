package org.filiere.watch;

import java.util.List;

import org.filiere.kernel.BusinessRefusal;

/** A tender notice lacks what a tender cannot go without (its id, a title or text); nothing of it was kept. */
public class UnusableTenderException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    private final transient List<String> reasons;

    public UnusableTenderException(TenderNotice notice, List<String> reasons) {
        super("The " + notice.describe() + " cannot be used: " + String.join("; ", reasons) + ".");
        this.reasons = List.copyOf(reasons);
    }

    /** Each reason, in a staff member's words. */
    public List<String> reasons() {
        return reasons;
    }
}

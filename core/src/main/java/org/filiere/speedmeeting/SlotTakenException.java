package org.filiere.speedmeeting;

/** Another meeting is already locked to the same round and table. */
public class SlotTakenException extends LockRefusedException {

    private static final long serialVersionUID = 1L;

    public SlotTakenException(String message) {
        super(message);
    }
}

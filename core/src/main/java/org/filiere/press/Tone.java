package org.filiere.press;

/** How an article speaks of the association. */
public enum Tone {
    POSITIVE, NEUTRAL, NEGATIVE
}

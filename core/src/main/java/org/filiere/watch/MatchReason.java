package org.filiere.watch;

/**
 * Why a tender matched a profile: which of the member's keywords, phrases or CPV codes it carries.
 *
 * @param kind      what kind of criterion matched
 * @param criterion the criterion as the member wrote it (the keyword, the phrase, the eight digits of the code)
 */
public record MatchReason(Kind kind, String criterion) {

    /** The kinds of criterion that make a tender interesting. */
    public enum Kind {
        KEYWORD, PHRASE, CPV
    }

    public static MatchReason keyword(String keyword) {
        return new MatchReason(Kind.KEYWORD, keyword);
    }

    public static MatchReason phrase(String phrase) {
        return new MatchReason(Kind.PHRASE, phrase);
    }

    public static MatchReason cpv(CpvCode code) {
        return new MatchReason(Kind.CPV, code.digits());
    }

    @Override
    public String toString() {
        return switch (kind) {
            case KEYWORD -> "keyword \"" + criterion + "\"";
            case PHRASE -> "phrase \"" + criterion + "\"";
            case CPV -> "CPV " + criterion;
        };
    }
}

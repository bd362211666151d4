package org.filiere.watch;

/**
 * A code of the Common Procurement Vocabulary (CPV 2008), by its eight digits. The check digit that follows
 * them in the written form ({@code 45233130-9}) is the vocabulary's to give: see {@link CpvVocabulary}.
 *
 * @param digits the eight digits
 */
public record CpvCode(String digits) {

    public CpvCode {
        if (digits == null || !digits.matches("\\d{8}")) {
            throw new InvalidCpvCodeException(String.valueOf(digits), "a CPV code has eight digits");
        }
    }

    /**
     * The digits that place the code in the tree: trailing zeros removed, but never fewer than the two of a
     * division ({@code 45233130} gives {@code 4523313}, {@code 72000000} gives {@code 72}). Every code under
     * this one in the tree starts with them.
     */
    public String significantDigits() {
        int end = digits.length();
        while (end > 2 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }

    @Override
    public String toString() {
        return digits;
    }
}

package org.filiere.member;

import java.util.Arrays;

import org.filiere.kernel.InvalidFieldException;

/** Size of a company by its number of employees, in the bands INSEE uses (tranches d'effectif). */
public enum SizeBand {
    NO_EMPLOYEE("00", 0, 0),
    FROM_1_TO_2("01", 1, 2),
    FROM_3_TO_5("02", 3, 5),
    FROM_6_TO_9("03", 6, 9),
    FROM_10_TO_19("11", 10, 19),
    FROM_20_TO_49("12", 20, 49),
    FROM_50_TO_99("21", 50, 99),
    FROM_100_TO_199("22", 100, 199),
    FROM_200_TO_249("31", 200, 249),
    FROM_250_TO_499("32", 250, 499),
    FROM_500_TO_999("41", 500, 999),
    FROM_1000_TO_1999("42", 1000, 1999),
    FROM_2000_TO_4999("51", 2000, 4999),
    FROM_5000_TO_9999("52", 5000, 9999),
    FROM_10000("53", 10000, Integer.MAX_VALUE);

    private final String inseeCode;
    private final int min;
    private final int max;

    SizeBand(String inseeCode, int min, int max) {
        this.inseeCode = inseeCode;
        this.min = min;
        this.max = max;
    }

    /** The band holding this number of employees. */
    public static SizeBand ofEmployees(int employees) {
        if (employees < 0) {
            throw new InvalidFieldException("A company", "number of employees", "cannot be negative: " + employees);
        }
        return Arrays.stream(values()).filter(b -> employees >= b.min && employees <= b.max).findFirst().orElseThrow();
    }

    /** The band with INSEE's two-character code ({@code 11} for 10 to 19 employees). */
    public static SizeBand ofInseeCode(String code) {
        return Arrays.stream(values()).filter(b -> b.inseeCode.equals(code)).findFirst()
                .orElseThrow(() -> new InvalidIdentifierException("size band", code, "it is not an INSEE size band code"));
    }

    public String inseeCode() {
        return inseeCode;
    }

    public int minEmployees() {
        return min;
    }

    public int maxEmployees() {
        return max;
    }

    /** Fewer than 250 employees: a small or medium enterprise by headcount. */
    public boolean isSme() {
        return max < 250;
    }

    /** The band as people say it: "10-19 employees". */
    public String label() {
        if (min == max) {
            return min == 0 ? "no employee" : min + " employees";
        }
        return max == Integer.MAX_VALUE ? min + "+ employees" : min + "-" + max + " employees";
    }
}

package org.filiere.training;

import java.math.BigDecimal;

/**
 * What a seat costs, in euros, excluding tax: one price for members' staff, one for everyone else.
 *
 * @param members    the price for a person working for a member of the session's year
 * @param nonMembers the price for anyone else
 */
public record Prices(BigDecimal members, BigDecimal nonMembers) {

    public Prices {
        members = check(members, "price for members");
        nonMembers = check(nonMembers, "price for non-members");
    }

    private static BigDecimal check(BigDecimal price, String field) {
        if (price == null || price.signum() < 0) {
            throw new InvalidTrainingDataException("Session", field,
                    "must be zero or more euros, not " + (price == null ? "nothing" : price.toPlainString()));
        }
        if (price.stripTrailingZeros().scale() > 2) {
            throw new InvalidTrainingDataException("Session", field,
                    "is counted in cents at most, not " + price.toPlainString());
        }
        return price.setScale(2);
    }

    /** Prices in euros written as text ({@code "250"}, {@code "390.50"}). */
    public static Prices euros(String members, String nonMembers) {
        return new Prices(new BigDecimal(members), new BigDecimal(nonMembers));
    }

    /** A session that costs nothing. */
    public static Prices free() {
        return new Prices(BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** The price for a person, depending on whether they work for a member. */
    public BigDecimal forMember(boolean member) {
        return member ? members : nonMembers;
    }
}

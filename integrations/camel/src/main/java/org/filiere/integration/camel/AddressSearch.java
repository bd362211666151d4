package org.filiere.integration.camel;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A search of some text columns of a table for a person's e-mail address, as the bridge's personal data places run
 * it: a row is found when any of the columns contains the address, whatever the case, the address taken literally
 * ({@code %} and {@code _} in it are not wildcards).
 *
 * @param columns the columns searched, in the order their parameters are bound
 */
public record AddressSearch(List<String> columns) {

    /** A search of these columns. */
    public static AddressSearch in(String... columns) {
        return new AddressSearch(List.of(columns));
    }

    /** The {@code WHERE} clause of the search, with a leading space, one parameter per column. */
    public String where() {
        return columns.stream().map(c -> "LOWER(" + c + ") LIKE ? ESCAPE '!'")
                .collect(Collectors.joining(" OR ", " WHERE ", ""));
    }

    /** Binds the address to the parameters of {@link #where()}, from the first parameter on. */
    public void bind(PreparedStatement statement, String email) throws SQLException {
        String pattern = "%" + email.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                .replace("_", "!_") + "%";
        for (int i = 1; i <= columns.size(); i++) {
            statement.setString(i, pattern);
        }
    }
}

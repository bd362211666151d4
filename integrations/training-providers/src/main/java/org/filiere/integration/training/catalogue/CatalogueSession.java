package org.filiere.integration.training.catalogue;

/**
 * A session as a catalogue gives it, every field as written (trimmed, empty when absent).
 *
 * @param id                   the organisation's own id of the session
 * @param start                when it starts: a date ({@code 20181001}, {@code 2018-10-01}, {@code 01/10/2018}),
 *                             perhaps with a time
 * @param end                  when it ends, likewise
 * @param venueName            the place
 * @param street               its street
 * @param postcode             its postcode
 * @param commune              its commune
 * @param seats                how many seats
 * @param priceMembers         the price for members' staff, in euros
 * @param priceNonMembers      the price for others, in euros
 * @param registrationDeadline the last day to register
 */
public record CatalogueSession(String id, String start, String end, String venueName, String street,
        String postcode, String commune, String seats, String priceMembers, String priceNonMembers,
        String registrationDeadline) {

    public CatalogueSession {
        id = CatalogueCourse.clean(id);
        start = CatalogueCourse.clean(start);
        end = CatalogueCourse.clean(end);
        venueName = CatalogueCourse.clean(venueName);
        street = CatalogueCourse.clean(street);
        postcode = CatalogueCourse.clean(postcode);
        commune = CatalogueCourse.clean(commune);
        seats = CatalogueCourse.clean(seats);
        priceMembers = CatalogueCourse.clean(priceMembers);
        priceNonMembers = CatalogueCourse.clean(priceNonMembers);
        registrationDeadline = CatalogueCourse.clean(registrationDeadline);
    }
}

package org.filiere.press;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import org.filiere.kernel.InvalidFieldException;
import org.filiere.kernel.TextLimit;

/**
 * A list of journalists a press release is sent to ({@code Presse régionale}, {@code Presse numérique}).
 *
 * @param id          identity
 * @param name        its name
 * @param journalists who is on it
 * @param version     the stored version, for optimistic locking (0 until stored)
 */
public record DistributionList(DistributionListId id, String name, Set<JournalistId> journalists, long version) {

    public DistributionList {
        Objects.requireNonNull(id, "id");
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("A distribution list", "name", "is missing");
        }
        name = TextLimit.check("Distribution list \"" + name.strip() + "\"", "name", name.strip(), TextLimit.SHORT);
        journalists = Set.copyOf(journalists);
    }

    /** The same list with one more journalist. */
    public DistributionList with(JournalistId journalist) {
        Set<JournalistId> more = new LinkedHashSet<>(journalists);
        more.add(journalist);
        return new DistributionList(id, name, more, version);
    }

    /** The same list without a journalist. */
    public DistributionList without(JournalistId journalist) {
        Set<JournalistId> fewer = new LinkedHashSet<>(journalists);
        fewer.remove(journalist);
        return new DistributionList(id, name, fewer, version);
    }
}

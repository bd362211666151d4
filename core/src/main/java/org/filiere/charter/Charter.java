package org.filiere.charter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The Charter of Good Practices and its versions. Each new version comes into force after the last one, so
 * that on any day exactly one version is current (once the first is in force).
 */
public final class Charter {

    private final List<CharterVersion> versions;
    private final long version;

    /**
     * Rebuilds the charter from stored state.
     *
     * @param versions its versions, in any order
     * @param version  the stored version, for optimistic locking
     */
    public Charter(List<CharterVersion> versions, long version) {
        this.versions = new ArrayList<>(versions);
        this.versions.sort(Comparator.comparingInt(CharterVersion::number));
        this.version = version;
    }

    /** A charter with no version yet. */
    public static Charter empty() {
        return new Charter(List.of(), 0);
    }

    /**
     * Publishes a new version, coming into force on {@code effectiveFrom}, which must be after the day the latest
     * version came (or comes) into force.
     */
    public CharterVersionPublished publish(String title, String text, LocalDate effectiveFrom, String publishedBy,
            Clock clock) {
        Optional<CharterVersion> latest = latest();
        if (latest.isPresent() && !effectiveFrom.isAfter(latest.get().effectiveFrom())) {
            throw new CharterRefusedException("A new charter version must come into force after version "
                    + latest.get().number() + " (in force from " + latest.get().effectiveFrom() + "), not on "
                    + effectiveFrom);
        }
        CharterVersion v = new CharterVersion(latest.map(CharterVersion::number).orElse(0) + 1, title, text,
                effectiveFrom, clock.instant(), publishedBy);
        versions.add(v);
        return new CharterVersionPublished(UUID.randomUUID(), clock.instant(), v.number(), v.title(), effectiveFrom);
    }

    /** The version in force on a day: the latest one whose effective date has come. */
    public Optional<CharterVersion> currentOn(LocalDate day) {
        CharterVersion current = null;
        for (CharterVersion v : versions) {
            if (v.inForceOn(day)) {
                current = v;
            }
        }
        return Optional.ofNullable(current);
    }

    /** The most recently published version, in force or not yet. */
    public Optional<CharterVersion> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public List<CharterVersion> versions() {
        return Collections.unmodifiableList(versions);
    }

    /** The version read from storage. */
    public long storedVersion() {
        return version;
    }
}

package org.filiere.training;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.filiere.kernel.TextLimit;

/**
 * A training course: what is taught (title, objectives), for how many hours (when known: a training
 * organisation's catalogue may leave it out), under which FORMACODE and NSF codes, and who delivers it. Its
 * sessions are scheduled separately.
 */
public final class Course {

    private static final BigDecimal MAX_HOURS = new BigDecimal("9999");

    private final CourseId id;
    private CourseDescription description;
    private final Optional<ExternalReference> externalReference;
    private final long version;

    /**
     * Rebuilds a course from stored state, or makes a new one with version 0.
     *
     * @param id                identity
     * @param description       what the course is and who delivers it
     * @param externalReference the course's id in an outside organisation's catalogue, if it came from one
     * @param version           the stored version, for optimistic locking; 0 when not yet stored
     */
    public Course(CourseId id, CourseDescription description, Optional<ExternalReference> externalReference,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.description = Objects.requireNonNull(description, "description");
        this.externalReference = Objects.requireNonNull(externalReference, "externalReference");
        externalReference.ifPresent(ref -> {
            if (!description.provider().siret().equals(Optional.of(ref.provider()))) {
                throw new InvalidTrainingDataException("Course \"" + description.title() + "\"", "provider",
                        "must be the organisation whose catalogue it comes from (SIRET " + ref.provider() + ")");
            }
        });
        this.version = version;
    }

    /**
     * What a course is: title, objectives, hours, codes and provider.
     *
     * @param title      the course's title
     * @param objectives what trainees will be able to do
     * @param hours      the duration in hours (tenths allowed), more than zero; empty when not known
     * @param formacode  the FORMACODE of its subject, if known
     * @param nsfCode    the NSF code of its speciality, if known
     * @param provider   who delivers it
     */
    public record CourseDescription(String title, String objectives, Optional<BigDecimal> hours,
            Optional<Formacode> formacode, Optional<NsfCode> nsfCode, Provider provider) {

        public CourseDescription {
            if (title == null || title.isBlank()) {
                throw new InvalidTrainingDataException("Course", "title", "is missing");
            }
            title = TextLimit.check("Course", "title", title.strip(), TextLimit.SHORT);
            objectives = objectives == null ? "" : objectives.strip();
            Objects.requireNonNull(hours, "hours");
            String record = "Course \"" + title + "\"";
            hours = hours.map(h -> checkedHours(h, record));
            Objects.requireNonNull(formacode, "formacode");
            Objects.requireNonNull(nsfCode, "nsfCode");
            Objects.requireNonNull(provider, "provider");
        }

        /** A course whose duration is known. */
        public CourseDescription(String title, String objectives, BigDecimal hours, Optional<Formacode> formacode,
                Optional<NsfCode> nsfCode, Provider provider) {
            this(title, objectives, Optional.of(known(hours, title)), formacode, nsfCode, provider);
        }

        private static BigDecimal known(BigDecimal hours, String title) {
            if (hours == null) {
                throw new InvalidTrainingDataException("Course \"" + title + "\"", "duration",
                        "must be more than zero and at most " + MAX_HOURS + " hours, not nothing");
            }
            return hours;
        }

        private static BigDecimal checkedHours(BigDecimal hours, String record) {
            if (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0) {
                throw new InvalidTrainingDataException(record, "duration",
                        "must be more than zero and at most " + MAX_HOURS + " hours, not " + hours.toPlainString());
            }
            if (hours.stripTrailingZeros().scale() > 1) {
                throw new InvalidTrainingDataException(record, "duration",
                        "is counted in tenths of an hour at most, not " + hours.toPlainString());
            }
            return hours.setScale(1);
        }
    }

    /** Changes what the course is. Returns whether anything changed. */
    public boolean describe(CourseDescription newDescription) {
        Objects.requireNonNull(newDescription, "description");
        if (externalReference.isPresent()
                && !newDescription.provider().siret().equals(Optional.of(externalReference.get().provider()))) {
            throw new InvalidTrainingDataException("Course \"" + newDescription.title() + "\"", "provider",
                    "must stay the organisation whose catalogue it comes from (SIRET "
                            + externalReference.get().provider() + ")");
        }
        if (newDescription.equals(description)) {
            return false;
        }
        description = newDescription;
        return true;
    }

    public CourseId id() {
        return id;
    }

    public CourseDescription description() {
        return description;
    }

    public String title() {
        return description.title();
    }

    public String objectives() {
        return description.objectives();
    }

    /** The duration in hours, when known. */
    public Optional<BigDecimal> hours() {
        return description.hours();
    }

    public Provider provider() {
        return description.provider();
    }

    public Optional<ExternalReference> externalReference() {
        return externalReference;
    }

    /** The version read from storage; a save with a stale version is refused. */
    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "Course[" + id + " " + description.title() + "]";
    }
}

package org.filiere.wiring;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.filiere.member.NafNomenclature;
import org.filiere.member.RenewalGracePolicy;
import org.filiere.member.SectorFamilies;
import org.filiere.privacy.RetentionPolicy;
import org.filiere.watch.CpvVocabulary;

/**
 * The beans core needs that are not services: the clock, the reference data and the configured policies.
 * Every value comes from MicroProfile Config.
 */
@ApplicationScoped
public class CoreProducers {

    /** The association's time zone, in which days and years are counted. */
    public static final ZoneId ASSOCIATION_ZONE = ZoneId.of("Europe/Paris");

    @Inject
    @ConfigProperty(name = "filiere.retention.registrations", defaultValue = "P3Y")
    String registrationRetention;

    @Inject
    @ConfigProperty(name = "filiere.retention.audit", defaultValue = "P5Y")
    String auditRetention;

    @Inject
    @ConfigProperty(name = "filiere.retention.dead-letters", defaultValue = "P90D")
    String deadLetterRetention;

    @Inject
    @ConfigProperty(name = "filiere.retention.processed-items", defaultValue = "P1Y")
    String processedItemRetention;

    @Inject
    @ConfigProperty(name = "filiere.membership.grace-day", defaultValue = "03-31")
    String graceDay;

    @Inject
    @ConfigProperty(name = "filiere.sector-families.file")
    Optional<String> sectorFamiliesFile;

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(ASSOCIATION_ZONE);
    }

    @Produces
    @Singleton
    NafNomenclature nafNomenclature() {
        return NafNomenclature.shipped();
    }

    @Produces
    @Singleton
    CpvVocabulary cpvVocabulary() {
        return CpvVocabulary.shipped();
    }

    @Produces
    @Singleton
    SectorFamilies sectorFamilies() {
        if (sectorFamiliesFile.isEmpty()) {
            return SectorFamilies.shipped();
        }
        Path file = Path.of(sectorFamiliesFile.get());
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return SectorFamilies.read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sector family mapping " + file
                    + " (filiere.sector-families.file)", e);
        }
    }

    @Produces
    @Singleton
    RenewalGracePolicy renewalGracePolicy() {
        try {
            return new RenewalGracePolicy(MonthDay.parse("--" + graceDay.strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("filiere.membership.grace-day must be a month and day like 03-31, not '"
                    + graceDay + "'", e);
        }
    }

    @Produces
    @Singleton
    RetentionPolicy retentionPolicy() {
        return new RetentionPolicy(period("filiere.retention.registrations", registrationRetention),
                period("filiere.retention.audit", auditRetention),
                period("filiere.retention.dead-letters", deadLetterRetention),
                period("filiere.retention.processed-items", processedItemRetention));
    }

    private static Period period(String key, String value) {
        try {
            return Period.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " must be an ISO-8601 period like P3Y or P90D, not '" + value + "'",
                    e);
        }
    }
}

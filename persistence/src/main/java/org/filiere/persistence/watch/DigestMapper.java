package org.filiere.persistence.watch;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.filiere.member.MemberId;
import org.filiere.watch.Department;
import org.filiere.watch.Digest;
import org.filiere.watch.DigestEntry;
import org.filiere.watch.DigestId;
import org.filiere.watch.EstimatedValue;
import org.filiere.watch.MatchReason;
import org.filiere.watch.TenderId;
import org.filiere.watch.WatchWeek;

/** Copies digests between the domain model and their rows. */
final class DigestMapper {

    private DigestMapper() {
    }

    static Digest toDomain(DigestEntity e) {
        List<DigestEntry> entries = e.entries.stream().map(DigestMapper::toDomain).toList();
        return new Digest(DigestId.parse(e.id), MemberId.of(e.siren), new WatchWeek(e.weekYear, e.weekNumber),
                Arrays.stream(e.recipients.split("\n")).filter(r -> !r.isBlank()).toList(), entries, e.composedAt,
                Optional.ofNullable(e.sentAt), e.version);
    }

    private static DigestEntry toDomain(DigestEntryEntity r) {
        List<MatchReason> reasons = Arrays.stream(r.reasons.split("\n")).filter(line -> !line.isBlank())
                .map(line -> new MatchReason(MatchReason.Kind.valueOf(line.substring(0, line.indexOf(':'))),
                        line.substring(line.indexOf(':') + 1)))
                .toList();
        return new DigestEntry(new TenderId(r.tenderSource, r.tenderReference), r.title, r.buyer,
                TenderMapper.place(r.department, r.postcode), TenderMapper.value(r.valueAmount, r.valueCurrency),
                Optional.ofNullable(r.deadline), Optional.ofNullable(r.url).map(URI::create), reasons);
    }

    /** A new digest's rows. */
    static DigestEntity newRows(Digest d) {
        DigestEntity e = new DigestEntity();
        e.id = d.id().toString();
        e.siren = d.memberId().value();
        e.weekYear = d.week().year();
        e.weekNumber = d.week().week();
        e.recipients = String.join("\n", d.recipients());
        e.composedAt = d.composedAt();
        e.sentAt = d.sentAt().orElse(null);
        for (DigestEntry entry : d.entries()) {
            DigestEntryEntity r = new DigestEntryEntity();
            r.digestId = e.id;
            r.digest = e;
            r.siren = e.siren;
            r.tenderSource = entry.tenderId().source();
            r.tenderReference = entry.tenderId().reference();
            r.title = entry.title();
            r.buyer = entry.buyer();
            r.department = entry.place().department().map(Department::code).orElse(null);
            r.postcode = entry.place().postcode().orElse(null);
            r.valueAmount = entry.value().map(EstimatedValue::amount).orElse(null);
            r.valueCurrency = entry.value().map(EstimatedValue::currency).orElse(null);
            r.deadline = entry.deadline().orElse(null);
            r.url = entry.url().map(URI::toString).orElse(null);
            r.reasons = entry.reasons().stream().map(m -> m.kind().name() + ":" + m.criterion().replace('\n', ' '))
                    .collect(Collectors.joining("\n"));
            e.entries.add(r);
        }
        return e;
    }
}

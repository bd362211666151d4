package org.filiere.persistence.watch;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.filiere.member.Siret;
import org.filiere.watch.Buyer;
import org.filiere.watch.CpvCode;
import org.filiere.watch.Department;
import org.filiere.watch.EstimatedValue;
import org.filiere.watch.Place;
import org.filiere.watch.Tender;
import org.filiere.watch.TenderDetails;
import org.filiere.watch.TenderId;

/** Copies tenders between the domain model and their rows. */
final class TenderMapper {

    private TenderMapper() {
    }

    static Tender toDomain(TenderEntity e) {
        TenderDetails details = new TenderDetails(
                new Buyer(Optional.ofNullable(e.buyerName), Optional.ofNullable(e.buyerSiret).map(Siret::new)),
                e.title, e.description,
                e.cpvCodes.stream().sorted((a, b) -> Integer.compare(a.order, b.order)).map(c -> new CpvCode(c.code))
                        .toList(),
                place(e.department, e.postcode), value(e.valueAmount, e.valueCurrency),
                Optional.ofNullable(e.publishedOn), Optional.ofNullable(e.deadline),
                Optional.ofNullable(e.url).map(URI::create));
        return new Tender(new TenderId(e.source, e.reference), details, e.receivedAt, e.updatedAt, e.version);
    }

    static Place place(String department, String postcode) {
        return new Place(Optional.ofNullable(department).map(Department::new), Optional.ofNullable(postcode));
    }

    static Optional<EstimatedValue> value(java.math.BigDecimal amount, String currency) {
        return amount == null ? Optional.empty() : Optional.of(new EstimatedValue(amount, currency));
    }

    /** Copies a tender's state onto its rows: CPV codes kept, added or removed as they changed. */
    static void copy(Tender t, TenderEntity e) {
        TenderDetails d = t.details();
        e.source = t.id().source();
        e.reference = t.id().reference();
        e.buyerName = d.buyer().name().orElse(null);
        e.buyerSiret = d.buyer().siret().map(Siret::value).orElse(null);
        e.title = d.title();
        e.description = d.description();
        e.department = d.place().department().map(Department::code).orElse(null);
        e.postcode = d.place().postcode().orElse(null);
        e.valueAmount = d.value().map(EstimatedValue::amount).orElse(null);
        e.valueCurrency = d.value().map(EstimatedValue::currency).orElse(null);
        e.publishedOn = d.publishedOn().orElse(null);
        e.deadline = d.deadline().orElse(null);
        e.url = d.url().map(URI::toString).orElse(null);
        e.receivedAt = t.receivedAt();
        e.updatedAt = t.updatedAt();

        Map<String, TenderCpvEntity> rows = e.cpvCodes.stream()
                .collect(Collectors.toMap(r -> r.code, Function.identity()));
        e.cpvCodes.removeIf(r -> d.cpvCodes().stream().noneMatch(c -> c.digits().equals(r.code)));
        for (int i = 0; i < d.cpvCodes().size(); i++) {
            String code = d.cpvCodes().get(i).digits();
            TenderCpvEntity row = rows.get(code);
            if (row == null) {
                row = new TenderCpvEntity();
                row.tenderId = e.id;
                row.code = code;
                row.tender = e;
                e.cpvCodes.add(row);
            }
            row.order = i;
        }
    }
}

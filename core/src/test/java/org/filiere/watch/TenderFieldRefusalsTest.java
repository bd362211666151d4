package org.filiere.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.filiere.fixtures.WatchFixtures;
import org.filiere.kernel.InvalidFieldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

class TenderFieldRefusalsTest {

    @Test
    void shouldRefuseATenderWithoutATitle() {
        assertRefused(() -> WatchFixtures.details(" ", "", LocalDate.of(2025, 7, 1), "72000000"), "A tender", "title",
                "is missing");
    }

    @Test
    void shouldRefuseATenderWithoutAReference() {
        assertRefused(() -> new TenderId(TenderId.PRIVATE, " "), "A tender", "reference", "is missing");
    }

    @Test
    void shouldRefuseANegativeEstimatedValue() {
        assertRefused(() -> new EstimatedValue(new BigDecimal("-5"), "EUR"), "An estimated value", "amount",
                "is a positive amount, not -5");
    }

    @Test
    void shouldRefuseAnEstimatedValueInNoIsoCurrency() {
        assertRefused(() -> new EstimatedValue(BigDecimal.TEN, "eur"), "An estimated value", "currency",
                "is an ISO 4217 currency, not eur");
    }

    private static void assertRefused(ThrowingSupplier<?> build, String record, String field, String reason) {
        InvalidFieldException refusal = catchThrowableOfType(InvalidFieldException.class, build::get);
        assertThat(refusal).as("refusal").isNotNull();
        assertThat(refusal.record()).isEqualTo(record);
        assertThat(refusal.field()).isEqualTo(field);
        assertThat(refusal.reason()).isEqualTo(reason);
    }
}

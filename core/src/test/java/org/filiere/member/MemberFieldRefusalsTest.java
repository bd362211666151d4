package org.filiere.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.filiere.kernel.InvalidFieldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

class MemberFieldRefusalsTest {

    private final MemberId member = MemberId.of("302068382");

    @Test
    void shouldRefuseANegativeNumberOfEmployees() {
        assertRefused(() -> SizeBand.ofEmployees(-3), "A company", "number of employees", "cannot be negative: -3");
    }

    @Test
    void shouldRefuseDuesWithoutAnAmount() {
        assertRefused(() -> new Dues(null), "Dues", "amount", "is missing");
    }

    @Test
    void shouldRefuseAYearThatIsNoMembershipYear() {
        assertRefused(() -> new Membership(1850, MembershipStatus.ACTIVE, new Dues(BigDecimal.TEN), Optional.empty()),
                "A membership", "year", "is not a membership year: 1850");
    }

    @Test
    void shouldRefuseAContributionOfNoDaysOrOfHundredths() {
        assertRefused(() -> contribution("0"), "A contribution", "days",
                "are more than zero and at most a year, not 0");
        assertRefused(() -> contribution("1.25"), "A contribution", "days",
                "are counted in tenths at most, not 1.25");
        assertThat(contribution("1.5").days()).isEqualByComparingTo("1.5");
    }

    @Test
    void shouldRefuseAContactPersonWithoutAName() {
        assertRefused(() -> new ContactPerson(ContactId.random(), member, "  ", "", "a@b.fr", "", 0),
                "A contact person", "name", "is missing");
    }

    private Contribution contribution(String days) {
        return new Contribution(UUID.randomUUID(), member, LocalDate.of(2025, 3, 4), ContributionKind.WORKING_GROUP,
                new BigDecimal(days), "");
    }

    private static void assertRefused(ThrowingSupplier<?> build, String record, String field, String reason) {
        InvalidFieldException refusal = catchThrowableOfType(InvalidFieldException.class, build::get);
        assertThat(refusal).as("refusal").isNotNull();
        assertThat(refusal.record()).isEqualTo(record);
        assertThat(refusal.field()).isEqualTo(field);
        assertThat(refusal.reason()).isEqualTo(reason);
    }
}

package org.filiere.seating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SeatsTest {

    /** A registration as simple as can be: seated, waiting or gone. */
    private static final class Holder implements SeatHolder {
        private final int arrival;
        private String state;

        Holder(int arrival, String state) {
            this.arrival = arrival;
            this.state = state;
        }

        @Override
        public int arrival() {
            return arrival;
        }

        @Override
        public boolean holdsSeat() {
            return state.equals("seated");
        }

        @Override
        public boolean waitsForSeat() {
            return state.equals("waiting");
        }
    }

    private static Seats<Holder> seatsWith(int capacity, String... states) {
        List<Holder> holders = new ArrayList<>();
        for (int i = 0; i < states.length; i++) {
            holders.add(new Holder(i + 1, states[i]));
        }
        return new Seats<>(capacity, holders);
    }

    @Test
    void shouldGiveASeatWhileFewerAreHeldThanThereAre() {
        assertThat(seatsWith(2, "seated", "gone").seatRemains()).isTrue();
        assertThat(seatsWith(2, "seated", "seated", "waiting").seatRemains()).isFalse();
    }

    @Test
    void shouldGiveTheNextArrivalRankAfterTheLastEvenWhenItWasCancelled() {
        Seats<Holder> seats = seatsWith(3, "seated", "gone");

        assertThat(seats.nextArrival()).isEqualTo(3);
        assertThatThrownBy(() -> seats.add(new Holder(2, "seated"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("arrival rank 3");
    }

    @Test
    void shouldPromoteFirstWaitlistedWhenSeatFrees() {
        List<Holder> holders = new ArrayList<>(List.of(new Holder(4, "waiting"), new Holder(1, "seated"),
                new Holder(3, "waiting"), new Holder(2, "gone")));
        Seats<Holder> seats = new Seats<>(2, holders);

        List<Holder> promoted = seats.fillFreeSeats(h -> h.state = "seated");

        assertThat(promoted).extracting(Holder::arrival).containsExactly(3);
        assertThat(seats.waitlist()).extracting(Holder::arrival).containsExactly(4);
        assertThat(seats.waitlistPosition(holders.get(0))).contains(1);
    }

    @Test
    void shouldGiveAddedSeatsToTheWaitlistInArrivalOrder() {
        Seats<Holder> seats = seatsWith(1, "seated", "waiting", "waiting", "waiting");

        seats.resize(3);
        List<Holder> promoted = seats.fillFreeSeats(h -> h.state = "seated");

        assertThat(promoted).extracting(Holder::arrival).containsExactly(2, 3);
        assertThat(seats.seated()).isEqualTo(3);
        assertThat(seats.waiting()).isEqualTo(1);
    }

    @Test
    void shouldNeverShrinkBelowTheSeatsAlreadyGiven() {
        Seats<Holder> seats = seatsWith(3, "seated", "seated", "gone");

        assertThat(seats.canResizeTo(2)).isTrue();
        assertThat(seats.canResizeTo(1)).isFalse();
        assertThatThrownBy(() -> seats.resize(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseAPromotionThatLeavesTheRegistrationWithoutASeat() {
        Seats<Holder> seats = seatsWith(2, "seated", "waiting");

        assertThatThrownBy(() -> seats.fillFreeSeats(h -> { })).isInstanceOf(IllegalStateException.class);
    }
}

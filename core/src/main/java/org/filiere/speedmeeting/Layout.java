package org.filiere.speedmeeting;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.filiere.kernel.InvalidFieldException;

/**
 * How a speed-meeting event runs: {@code rounds} rounds of {@code roundMinutes} minutes at {@code tables} numbered
 * tables, from {@code firstRound}, with {@code changeoverMinutes} between two rounds (people find their next table)
 * and, when {@code breakEvery} is more than 0, a break of {@code breakMinutes} after every {@code breakEvery} rounds.
 *
 * @param firstRound        when the first round starts, Paris time
 * @param rounds            how many rounds, at least 1
 * @param roundMinutes      the length of a round, at least 1 minute
 * @param changeoverMinutes minutes between two rounds, 0 or more
 * @param breakEvery        a break after every so many rounds; 0 for none
 * @param breakMinutes      the length of a break, 0 or more
 * @param tables            how many tables, at least 1
 */
public record Layout(LocalDateTime firstRound, int rounds, int roundMinutes, int changeoverMinutes, int breakEvery,
        int breakMinutes, int tables) {

    /** The most rounds a layout may have. */
    public static final int MAX_ROUNDS = 200;
    /** The most tables a layout may have. */
    public static final int MAX_TABLES = 1000;
    private static final String RECORD = "Speed-meeting layout";

    public Layout {
        Objects.requireNonNull(firstRound, "firstRound");
        firstRound = firstRound.withSecond(0).withNano(0);
        between(rounds, 1, MAX_ROUNDS, "number of rounds");
        between(tables, 1, MAX_TABLES, "number of tables");
        between(roundMinutes, 1, 24 * 60, "round length (minutes)");
        between(changeoverMinutes, 0, 24 * 60, "time between rounds (minutes)");
        between(breakEvery, 0, MAX_ROUNDS, "number of rounds between breaks");
        between(breakMinutes, 0, 24 * 60, "break length (minutes)");
    }

    private static void between(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new InvalidFieldException(RECORD, field, "must be between " + min + " and " + max + ", not " + value);
        }
    }

    /** When a round starts, Paris time. */
    public LocalDateTime start(int round) {
        requireRound(round);
        int before = round - 1;
        int breaks = breakEvery == 0 ? 0 : before / breakEvery;
        long minutes = (long) before * (roundMinutes + changeoverMinutes) + (long) breaks * breakMinutes;
        return firstRound.plusMinutes(minutes);
    }

    /** When a round ends, Paris time. */
    public LocalDateTime end(int round) {
        return start(round).plusMinutes(roundMinutes);
    }

    /** When the last round ends. */
    public LocalDateTime lastRoundEnd() {
        return end(rounds);
    }

    /** Every round of the layout: 1 to {@code rounds}. */
    public Set<Integer> allRounds() {
        return allRounds(rounds);
    }

    /** The rounds 1 to {@code rounds}. */
    public static Set<Integer> allRounds(int rounds) {
        return IntStream.rangeClosed(1, rounds).boxed().collect(Collectors.toUnmodifiableSet());
    }

    private void requireRound(int round) {
        if (round < 1 || round > rounds) {
            throw new IllegalArgumentException("The layout has rounds 1 to " + rounds + ", not " + round);
        }
    }
}

package org.filiere.speedmeeting;

/**
 * Where and when a meeting takes place: a round and a table, both counted from 1.
 *
 * @param round the round, from 1
 * @param table the table, from 1
 */
public record Slot(int round, int table) {

    public Slot {
        if (round < 1 || table < 1) {
            throw new IllegalArgumentException("Rounds and tables are counted from 1, not round " + round
                    + ", table " + table);
        }
    }

    @Override
    public String toString() {
        return "round " + round + ", table " + table;
    }
}

package org.filiere.benchmarks;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.filiere.speedmeeting.MeetingPair;
import org.filiere.speedmeeting.ParticipantId;

/**
 * The speed-meeting baseline: what a spreadsheet or a naive tool does. Meetings are taken in request order, each in
 * the first round where both people are free and a table is left.
 */
final class FirstFitScheduler {

    private FirstFitScheduler() {
    }

    /**
     * The rounds used, from 1; {@code rounds} bounds the search.
     *
     * @return how many rounds hold a meeting, or -1 when a meeting found no round
     */
    static int roundsUsed(List<MeetingPair> meetings, int rounds, int tables) {
        Map<ParticipantId, Set<Integer>> busy = new HashMap<>();
        int[] count = new int[rounds];
        Set<Integer> used = new HashSet<>();
        for (MeetingPair m : meetings) {
            Set<Integer> a = busy.computeIfAbsent(m.first(), k -> new HashSet<>());
            Set<Integer> b = busy.computeIfAbsent(m.second(), k -> new HashSet<>());
            int r = 0;
            while (r < rounds && (a.contains(r) || b.contains(r) || count[r] >= tables)) {
                r++;
            }
            if (r == rounds) {
                return -1;
            }
            a.add(r);
            b.add(r);
            count[r]++;
            used.add(r);
        }
        return used.size();
    }
}

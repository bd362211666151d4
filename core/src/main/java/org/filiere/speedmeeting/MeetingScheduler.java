package org.filiere.speedmeeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Places accepted meetings in rounds and at tables. Every timetable it gives holds the rules: nobody has two
 * meetings in one round, a table holds one meeting per round, each meeting falls in a round both people can attend,
 * and a locked meeting stays in its slot. Within those rules it uses as few rounds as it can:
 *
 * <ol>
 * <li>the meetings are an edge colouring problem (people are vertices, meetings edges, rounds colours). When they
 *     only go between two groups (buyers and sellers) the graph is bipartite and König's alternating paths colour it
 *     with Δ colours; otherwise Misra and Gries' fans colour it with Δ + 1, and Kempe chains try to empty one class
 *     to come back to Δ;</li>
 * <li>the classes are balanced along two-coloured alternating paths until there are k = max(colours, ⌈E/T⌉) of
 *     them, none larger than the tables (an equitable colouring, de Werra), which reaches the lower bound
 *     max(Δ, ⌈E/T⌉) for two groups;</li>
 * <li>classes go to rounds by a maximum-weight assignment (Hungarian method) that keeps the most meetings where both
 *     people can attend and no lock is in the way, earlier rounds first;</li>
 * <li>each meeting left over is inserted where both people are free, else after swapping an alternating chain of
 *     two rounds, else in a round not used yet; a meeting that still fits nowhere is listed with the reason;</li>
 * <li>idle gaps in each person's agenda are reduced by exchanging whole rounds (which keeps every rule) and by moving
 *     single meetings to a better round;</li>
 * <li>tables are numbered: locked meetings keep theirs, the others take the lowest free ones.</li>
 * </ol>
 *
 * A locked meeting whose slot cannot hold (outside the layout, taken by another lock, a round one of them cannot
 * attend) is left out with the reason rather than placed elsewhere: the organiser decides.
 *
 * {@link #reschedule} changes a published timetable locally: meetings still valid stay in their slot, new ones are
 * inserted where they fit with the fewest moves, and the timetable says which meetings moved. The scheduler is pure
 * code, with no framework; each call works on its own data, so one scheduler may serve several threads.
 */
public final class MeetingScheduler {

    /** The most alternating-path steps spent trying to save a colour, so that a large instance stays fast. */
    private static final long KEMPE_BUDGET = 2_000_000;
    private static final int IMPROVEMENT_PASSES = 6;

    /** A timetable using as few rounds as the scheduler can, with gaps reduced. */
    public Timetable schedule(SchedulingProblem problem) {
        Board board = new Board(problem);
        board.placeLocks();
        List<Integer> free = new ArrayList<>();
        for (int e = 0; e < board.meetings; e++) {
            if (!board.locked[e] && !board.refused.contains(e)) {
                free.add(e);
            }
        }
        List<Integer> pending = colourAndAssign(board, free);
        for (int e : pending) {
            board.insert(e, true);
        }
        board.reduceGaps();
        board.numberTables(Map.of());
        return board.timetable(Set.of());
    }

    /**
     * The timetable after a change, moving as little as it can: each meeting of {@code previous} that is still to be
     * held and still fits keeps its slot; a meeting whose lock cannot hold is left out with the reason; the others are inserted where both people are free (no move), else in a
     * round not used yet, else after swapping an alternating chain of two rounds (which moves the meetings on it).
     *
     * @param previous the slots of the timetable published before
     */
    public Timetable reschedule(SchedulingProblem problem, Map<MeetingId, Slot> previous) {
        Board board = new Board(problem);
        board.placeLocks();
        List<Integer> pending = new ArrayList<>();
        Set<Integer> refused = new HashSet<>(board.refused);
        Map<Integer, Integer> keptTables = new HashMap<>();
        for (int e = 0; e < board.meetings; e++) {
            if (board.locked[e] || refused.contains(e)) {
                continue;
            }
            Slot before = previous.get(board.ids.get(e));
            if (before != null && before.round() <= board.rounds && before.table() <= board.tables
                    && board.canPlace(e, before.round() - 1) && !board.tableTaken(before.round() - 1,
                            before.table())) {
                board.place(e, before.round() - 1);
                board.tableOf[e] = before.table();
                keptTables.put(e, before.table());
            } else {
                pending.add(e);
            }
        }
        for (int e : pending) {
            board.insert(e, false);
        }
        board.numberTables(keptTables);
        Set<MeetingId> moved = new HashSet<>();
        for (int e = 0; e < board.meetings; e++) {
            Slot before = previous.get(board.ids.get(e));
            if (before != null && board.roundOf[e] != Board.NONE
                    && (before.round() != board.roundOf[e] + 1 || before.table() != board.tableOf[e])) {
                moved.add(board.ids.get(e));
            }
        }
        return board.timetable(moved);
    }

    /** Colours the free meetings, balances the classes, assigns them to rounds; returns the meetings left over. */
    private static List<Integer> colourAndAssign(Board board, List<Integer> free) {
        if (free.isEmpty()) {
            return List.of();
        }
        Map<Integer, Integer> vertexOf = new HashMap<>();
        Set<Long> pairs = new HashSet<>();
        List<Integer> simple = new ArrayList<>();
        List<Integer> leftOver = new ArrayList<>();
        for (int e : free) {
            int a = board.first[e];
            int b = board.second[e];
            long key = (long) Math.min(a, b) * board.people + Math.max(a, b);
            if (pairs.add(key)) {
                simple.add(e);
                vertexOf.putIfAbsent(a, vertexOf.size());
                vertexOf.putIfAbsent(b, vertexOf.size());
            } else {
                leftOver.add(e);
            }
        }
        int[] first = new int[simple.size()];
        int[] second = new int[simple.size()];
        for (int i = 0; i < simple.size(); i++) {
            first[i] = vertexOf.get(board.first[simple.get(i)]);
            second[i] = vertexOf.get(board.second[simple.get(i)]);
        }
        int n = vertexOf.size();
        int delta = EdgeColouring.maxDegree(n, first, second);
        int byTables = (simple.size() + board.tables - 1) / board.tables;
        int width = Math.max(delta + 1, byTables);
        EdgeColouring colouring;
        int colours;
        if (EdgeColouring.isBipartite(n, first, second)) {
            colouring = EdgeColouring.konig(n, first, second, width);
            colours = delta;
        } else {
            colouring = EdgeColouring.misraGries(n, first, second, width);
            colours = delta + 1;
            int smallest = 0;
            for (int c = 1; c < colours; c++) {
                if (colouring.size(c) < colouring.size(smallest)) {
                    smallest = c;
                }
            }
            if (colouring.tryToEmpty(smallest, colours, KEMPE_BUDGET)) {
                if (smallest != colours - 1) {
                    colouring.rename(colours - 1, smallest);
                }
                colours--;
            }
        }
        int k = Math.max(colours, byTables);
        colouring.balance(k);
        List<List<Integer>> classes = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            classes.add(new ArrayList<>());
        }
        for (int i = 0; i < simple.size(); i++) {
            classes.get(colouring.colourOf(i)).add(simple.get(i));
        }
        classes.removeIf(List::isEmpty);
        classes.sort(Comparator.comparingInt((List<Integer> c) -> -c.size()));
        int[] roundOfClass = board.assignRounds(classes);
        for (int c = 0; c < classes.size(); c++) {
            for (int e : classes.get(c)) {
                int r = roundOfClass[c];
                if (r != Board.NONE && board.canPlace(e, r)) {
                    board.place(e, r);
                } else {
                    leftOver.add(e);
                }
            }
        }
        return leftOver;
    }

    /** The rounds, tables and who meets whom in which round, as arrays, with the moves the scheduler makes. */
    private static final class Board {

        static final int NONE = -1;

        final int rounds;
        final int tables;
        final int people;
        final int meetings;
        final List<MeetingId> ids = new ArrayList<>();
        final List<ParticipantId> persons = new ArrayList<>();
        final int[] first;
        final int[] second;
        final boolean[][] available;
        final boolean[] locked;
        final int[] lockedTable;
        final int[] roundOf;
        final int[] tableOf;
        final int[][] busy;
        final int[] count;
        final List<Integer> refused = new ArrayList<>();
        final Map<Integer, String> reasons = new LinkedHashMap<>();
        final int lowerBound;

        Board(SchedulingProblem p) {
            rounds = p.rounds();
            tables = p.tables();
            Map<ParticipantId, Integer> index = new HashMap<>();
            for (MeetingPair m : p.meetings()) {
                index.computeIfAbsent(m.first(), k -> { persons.add(k); return persons.size() - 1; });
                index.computeIfAbsent(m.second(), k -> { persons.add(k); return persons.size() - 1; });
            }
            people = persons.size();
            meetings = p.meetings().size();
            first = new int[meetings];
            second = new int[meetings];
            locked = new boolean[meetings];
            lockedTable = new int[meetings];
            roundOf = new int[meetings];
            tableOf = new int[meetings];
            Arrays.fill(roundOf, NONE);
            Arrays.fill(tableOf, NONE);
            available = new boolean[people][rounds];
            for (int v = 0; v < people; v++) {
                Set<Integer> can = p.availability().get(persons.get(v));
                for (int r = 0; r < rounds; r++) {
                    available[v][r] = can != null && can.contains(r + 1);
                }
            }
            busy = new int[people][rounds];
            for (int[] row : busy) {
                Arrays.fill(row, NONE);
            }
            count = new int[rounds];
            int[] degree = new int[people];
            int delta = 0;
            for (int e = 0; e < meetings; e++) {
                MeetingPair m = p.meetings().get(e);
                ids.add(m.id());
                first[e] = index.get(m.first());
                second[e] = index.get(m.second());
                delta = Math.max(delta, Math.max(++degree[first[e]], ++degree[second[e]]));
                Slot lock = p.locks().get(m.id());
                if (lock != null) {
                    locked[e] = true;
                    lockedTable[e] = lock.table();
                }
            }
            lowerBound = meetings == 0 ? 0 : Math.max(delta, (meetings + tables - 1) / tables);
            locks = p.locks();
            names = p.names();
        }

        private final Map<MeetingId, Slot> locks;
        private final Map<ParticipantId, String> names;

        private String name(int v) {
            return names.getOrDefault(persons.get(v), "participant " + persons.get(v));
        }

        void placeLocks() {
            boolean[][] tableTaken = new boolean[rounds][tables + 1];
            for (int e = 0; e < meetings; e++) {
                if (!locked[e]) {
                    continue;
                }
                Slot slot = locks.get(ids.get(e));
                int r = slot.round() - 1;
                String problem = null;
                if (slot.round() > rounds || slot.table() > tables) {
                    problem = "it is locked to " + slot + ", outside the layout (" + rounds + " rounds, " + tables
                            + " tables)";
                } else if (tableTaken[r][slot.table()]) {
                    problem = "it is locked to " + slot + ", which another locked meeting holds";
                } else if (!available[first[e]][r] || !available[second[e]][r]) {
                    problem = "it is locked to " + slot + ", a round " + name(
                            available[first[e]][r] ? second[e] : first[e]) + " cannot attend";
                } else if (busy[first[e]][r] != NONE || busy[second[e]][r] != NONE) {
                    problem = "it is locked to " + slot + ", where one of them has another locked meeting";
                }
                if (problem != null) {
                    locked[e] = false;
                    reasons.put(e, problem);
                    refused.add(e);
                    continue;
                }
                tableTaken[r][slot.table()] = true;
                place(e, r);
                tableOf[e] = slot.table();
            }
        }

        boolean canPlace(int e, int r) {
            int a = first[e];
            int b = second[e];
            return available[a][r] && available[b][r] && busy[a][r] == NONE && busy[b][r] == NONE
                    && count[r] < tables;
        }

        boolean tableTaken(int r, int table) {
            for (int e = 0; e < meetings; e++) {
                if (roundOf[e] == r && tableOf[e] == table) {
                    return true;
                }
            }
            return false;
        }

        void place(int e, int r) {
            roundOf[e] = r;
            busy[first[e]][r] = e;
            busy[second[e]][r] = e;
            count[r]++;
        }

        void remove(int e) {
            int r = roundOf[e];
            busy[first[e]][r] = NONE;
            busy[second[e]][r] = NONE;
            count[r]--;
            roundOf[e] = NONE;
            tableOf[e] = NONE;
        }

        /**
         * Gives each class of meetings its own round, keeping the most meetings placeable (both people available,
         * no locked meeting of theirs in the round, free tables), earlier rounds first.
         */
        int[] assignRounds(List<List<Integer>> classes) {
            int k = Math.min(classes.size(), rounds);
            long bonus = (long) rounds * rounds + 1;
            long[][] weight = new long[k][rounds];
            for (int c = 0; c < k; c++) {
                for (int r = 0; r < rounds; r++) {
                    int fits = 0;
                    for (int e : classes.get(c)) {
                        if (canPlace(e, r)) {
                            fits++;
                        }
                    }
                    weight[c][r] = Math.min(fits, tables - count[r]) * bonus - r;
                }
            }
            int[] chosen = Hungarian.maximise(weight);
            int[] roundOfClass = new int[classes.size()];
            Arrays.fill(roundOfClass, NONE);
            System.arraycopy(chosen, 0, roundOfClass, 0, k);
            return roundOfClass;
        }

        /**
         * Places one meeting: in a used round where both are free; else, when {@code chainsFirst}, after swapping an
         * alternating chain of two used rounds, then in a new round; otherwise a new round before a chain.
         */
        void insert(int e, boolean chainsFirst) {
            if (placeDirectly(e, true)) {
                return;
            }
            boolean placed = chainsFirst ? placeWithChain(e) || placeDirectly(e, false)
                    : placeDirectly(e, false) || placeWithChain(e);
            if (!placed) {
                reasons.put(e, reasonUnplaced(e));
            }
        }

        private boolean placeDirectly(int e, boolean usedRoundsOnly) {
            int best = NONE;
            int bestCost = Integer.MAX_VALUE;
            for (int r = 0; r < rounds; r++) {
                if ((count[r] > 0) != usedRoundsOnly || !canPlace(e, r)) {
                    continue;
                }
                int cost = usedRoundsOnly ? gapCostWith(first[e], r) + gapCostWith(second[e], r) : 0;
                if (cost < bestCost) {
                    best = r;
                    bestCost = cost;
                }
            }
            if (best == NONE) {
                return false;
            }
            place(e, best);
            return true;
        }

        /**
         * Frees one person in a round by swapping the two rounds along the alternating chain of their meetings: the
         * chain is a whole component of the two rounds' meetings, so the swap keeps everyone in one meeting per
         * round. Locked meetings, availability and tables are checked on every meeting the chain moves.
         */
        private boolean placeWithChain(int e) {
            for (int side = 0; side < 2; side++) {
                int u = side == 0 ? first[e] : second[e];
                int v = side == 0 ? second[e] : first[e];
                for (int r1 = 0; r1 < rounds; r1++) {
                    if (count[r1] == 0 || !available[u][r1] || !available[v][r1] || busy[u][r1] != NONE
                            || busy[v][r1] == NONE) {
                        continue;
                    }
                    for (int r2 = 0; r2 < rounds; r2++) {
                        if (r2 == r1 || count[r2] == 0 || busy[v][r2] != NONE) {
                            continue;
                        }
                        List<Integer> chain = chain(v, r1, r2);
                        if (chain != null && chainFits(chain, u, r1, r2)) {
                            swapRounds(chain, r1, r2);
                            place(e, r1);
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private List<Integer> chain(int start, int r1, int r2) {
            List<Integer> path = new ArrayList<>();
            int x = start;
            int r = r1;
            int e = busy[x][r];
            while (e != NONE) {
                if (locked[e]) {
                    return null;
                }
                path.add(e);
                x = first[e] == x ? second[e] : first[e];
                r = r == r1 ? r2 : r1;
                e = busy[x][r];
            }
            return path;
        }

        private boolean chainFits(List<Integer> chain, int untouched, int r1, int r2) {
            int intoR1 = 1;
            int intoR2 = 0;
            for (int e : chain) {
                if (first[e] == untouched || second[e] == untouched) {
                    return false;
                }
                int to = roundOf[e] == r1 ? r2 : r1;
                if (!available[first[e]][to] || !available[second[e]][to]) {
                    return false;
                }
                intoR1 += to == r1 ? 1 : -1;
                intoR2 += to == r2 ? 1 : -1;
            }
            return count[r1] + intoR1 <= tables && count[r2] + intoR2 <= tables;
        }

        private void swapRounds(List<Integer> chain, int r1, int r2) {
            int[] to = new int[chain.size()];
            for (int i = 0; i < chain.size(); i++) {
                int e = chain.get(i);
                to[i] = roundOf[e] == r1 ? r2 : r1;
                remove(e);
            }
            for (int i = 0; i < chain.size(); i++) {
                place(chain.get(i), to[i]);
            }
        }

        private String reasonUnplaced(int e) {
            int a = first[e];
            int b = second[e];
            List<Integer> common = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                if (available[a][r] && available[b][r]) {
                    common.add(r + 1);
                }
            }
            if (common.isEmpty()) {
                return "unavailable: " + name(a) + " and " + name(b) + " have no round in common (" + name(a)
                        + " can attend " + rounds(a) + ", " + name(b) + " " + rounds(b) + ")";
            }
            boolean someoneBusyEverywhere = common.stream().allMatch(r -> busy[a][r - 1] != NONE
                    || busy[b][r - 1] != NONE);
            if (someoneBusyEverywhere) {
                return "no common free round: in every round both can attend (" + ranges(common)
                        + ") one of them already has a meeting";
            }
            return "no free table: every table is taken in the rounds where both are free";
        }

        private String rounds(int v) {
            List<Integer> can = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                if (available[v][r]) {
                    can.add(r + 1);
                }
            }
            return can.isEmpty() ? "no round" : "rounds " + ranges(can);
        }

        private static String ranges(List<Integer> sorted) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < sorted.size();) {
                int j = i;
                while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                    j++;
                }
                text.append(text.length() == 0 ? "" : ", ").append(sorted.get(i));
                if (j > i) {
                    text.append('-').append(sorted.get(j));
                }
                i = j + 1;
            }
            return text.toString();
        }

        /** The idle rounds between a person's first and last meeting. */
        int gaps(int v) {
            int firstRound = NONE;
            int lastRound = NONE;
            int held = 0;
            for (int r = 0; r < rounds; r++) {
                if (busy[v][r] != NONE) {
                    if (firstRound == NONE) {
                        firstRound = r;
                    }
                    lastRound = r;
                    held++;
                }
            }
            return held == 0 ? 0 : lastRound - firstRound + 1 - held;
        }

        private int gapCostWith(int v, int r) {
            int before = gaps(v);
            busy[v][r] = Integer.MAX_VALUE;
            int after = gaps(v);
            busy[v][r] = NONE;
            return after - before;
        }

        /** Exchanges whole rounds, then moves single meetings, while that lowers the idle gaps. */
        void reduceGaps() {
            for (int pass = 0; pass < IMPROVEMENT_PASSES; pass++) {
                boolean better = exchangeRounds();
                better |= moveSingleMeetings();
                if (!better) {
                    return;
                }
            }
        }

        private boolean exchangeRounds() {
            boolean better = false;
            int lastUsed = lastUsedRound();
            for (int r1 = 0; r1 <= lastUsed; r1++) {
                for (int r2 = r1 + 1; r2 <= lastUsed; r2++) {
                    if (!exchangeable(r1, r2)) {
                        continue;
                    }
                    Set<Integer> affected = peopleIn(r1, r2);
                    int before = totalGaps(affected);
                    swapWholeRounds(r1, r2);
                    int after = totalGaps(affected);
                    if (after < before) {
                        better = true;
                    } else {
                        swapWholeRounds(r1, r2);
                    }
                }
            }
            return better;
        }

        private boolean exchangeable(int r1, int r2) {
            for (int e = 0; e < meetings; e++) {
                int r = roundOf[e];
                if (r != r1 && r != r2) {
                    continue;
                }
                int to = r == r1 ? r2 : r1;
                if (locked[e] || !available[first[e]][to] || !available[second[e]][to]) {
                    return false;
                }
            }
            return true;
        }

        private Set<Integer> peopleIn(int r1, int r2) {
            Set<Integer> who = new HashSet<>();
            for (int v = 0; v < people; v++) {
                if (busy[v][r1] != NONE || busy[v][r2] != NONE) {
                    who.add(v);
                }
            }
            return who;
        }

        private int totalGaps(Set<Integer> who) {
            int total = 0;
            for (int v : who) {
                total += gaps(v);
            }
            return total;
        }

        private void swapWholeRounds(int r1, int r2) {
            List<Integer> in1 = new ArrayList<>();
            List<Integer> in2 = new ArrayList<>();
            for (int e = 0; e < meetings; e++) {
                if (roundOf[e] == r1) {
                    in1.add(e);
                } else if (roundOf[e] == r2) {
                    in2.add(e);
                }
            }
            in1.forEach(this::remove);
            in2.forEach(this::remove);
            in1.forEach(e -> place(e, r2));
            in2.forEach(e -> place(e, r1));
        }

        private boolean moveSingleMeetings() {
            boolean better = false;
            for (int e = 0; e < meetings; e++) {
                int from = roundOf[e];
                if (from == NONE || locked[e]) {
                    continue;
                }
                int before = gaps(first[e]) + gaps(second[e]);
                if (before == 0) {
                    continue;
                }
                remove(e);
                int best = from;
                int bestGaps = before;
                for (int r = 0; r < rounds; r++) {
                    if (r == from || count[r] == 0 || !canPlace(e, r)) {
                        continue;
                    }
                    place(e, r);
                    int after = gaps(first[e]) + gaps(second[e]);
                    remove(e);
                    if (after < bestGaps) {
                        best = r;
                        bestGaps = after;
                    }
                }
                place(e, best);
                better |= best != from;
            }
            return better;
        }

        private int lastUsedRound() {
            int last = NONE;
            for (int r = 0; r < rounds; r++) {
                if (count[r] > 0) {
                    last = r;
                }
            }
            return last;
        }

        /** Locked meetings and {@code kept} ones keep their table; the others take the lowest free ones. */
        void numberTables(Map<Integer, Integer> kept) {
            boolean[][] taken = new boolean[rounds][tables + 1];
            for (int e = 0; e < meetings; e++) {
                if (roundOf[e] == NONE) {
                    continue;
                }
                if (locked[e]) {
                    tableOf[e] = lockedTable[e];
                    taken[roundOf[e]][tableOf[e]] = true;
                } else if (kept.containsKey(e) && tableOf[e] == kept.get(e)) {
                    taken[roundOf[e]][tableOf[e]] = true;
                } else {
                    tableOf[e] = NONE;
                }
            }
            int[] next = new int[rounds];
            Arrays.fill(next, 1);
            for (int e = 0; e < meetings; e++) {
                int r = roundOf[e];
                if (r == NONE || tableOf[e] != NONE) {
                    continue;
                }
                while (taken[r][next[r]]) {
                    next[r]++;
                }
                tableOf[e] = next[r];
                taken[r][next[r]] = true;
            }
        }

        Timetable timetable(Set<MeetingId> moved) {
            Map<MeetingId, Slot> placements = new HashMap<>();
            List<Timetable.Unplaced> unplaced = new ArrayList<>();
            Set<Integer> used = new TreeSet<>();
            for (int e = 0; e < meetings; e++) {
                if (roundOf[e] != NONE) {
                    placements.put(ids.get(e), new Slot(roundOf[e] + 1, tableOf[e]));
                    used.add(roundOf[e]);
                } else {
                    unplaced.add(new Timetable.Unplaced(ids.get(e), reasons.getOrDefault(e, "it could not be placed")));
                }
            }
            return new Timetable(placements, unplaced, used.size(), lowerBound,
                    moved.stream().filter(placements::containsKey).collect(Collectors.toSet()));
        }
    }
}

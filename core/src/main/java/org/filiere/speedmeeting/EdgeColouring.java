package org.filiere.speedmeeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A proper edge colouring of a simple graph (no two edges of one vertex share a colour), built and reshaped with
 * the textbook tools: König's alternating paths for bipartite graphs (Δ colours), Misra and Gries' fans for any
 * graph (Δ + 1 colours), Kempe chains to empty a colour class when it can be done, and the balancing of colour
 * classes along two-coloured alternating paths (de Werra) so that no class is larger than needed. Vertices and
 * edges are numbered from 0; colours are 0 to {@code width - 1}.
 */
final class EdgeColouring {

    static final int NONE = -1;

    private final int vertices;
    private final int[] first;
    private final int[] second;
    private final int width;
    private final int[] colour;
    private final int[][] edgeAt;

    private EdgeColouring(int vertices, int[] first, int[] second, int width) {
        this.vertices = vertices;
        this.first = first;
        this.second = second;
        this.width = width;
        this.colour = new int[first.length];
        Arrays.fill(colour, NONE);
        this.edgeAt = new int[vertices][width];
        for (int[] row : edgeAt) {
            Arrays.fill(row, NONE);
        }
    }

    /** The most edges at one vertex. */
    static int maxDegree(int vertices, int[] first, int[] second) {
        int[] degree = new int[vertices];
        int max = 0;
        for (int e = 0; e < first.length; e++) {
            max = Math.max(max, Math.max(++degree[first[e]], ++degree[second[e]]));
        }
        return max;
    }

    /** Whether the vertices split into two sides with every edge between them. */
    static boolean isBipartite(int vertices, int[] first, int[] second) {
        List<List<Integer>> neighbours = new ArrayList<>();
        for (int v = 0; v < vertices; v++) {
            neighbours.add(new ArrayList<>());
        }
        for (int e = 0; e < first.length; e++) {
            neighbours.get(first[e]).add(second[e]);
            neighbours.get(second[e]).add(first[e]);
        }
        int[] side = new int[vertices];
        Arrays.fill(side, NONE);
        int[] queue = new int[vertices];
        for (int start = 0; start < vertices; start++) {
            if (side[start] != NONE) {
                continue;
            }
            side[start] = 0;
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            while (head < tail) {
                int v = queue[head++];
                for (int w : neighbours.get(v)) {
                    if (side[w] == NONE) {
                        side[w] = 1 - side[v];
                        queue[tail++] = w;
                    } else if (side[w] == side[v]) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * A bipartite graph coloured with Δ colours (König's theorem): each edge takes a colour free at one end; when
     * that colour is taken at the other end, the alternating path of it and a colour free there is swapped first. In
     * a bipartite graph that path never comes back to the first end.
     *
     * @param width at least Δ; the colours available for later reshaping
     */
    static EdgeColouring konig(int vertices, int[] first, int[] second, int width) {
        int delta = maxDegree(vertices, first, second);
        EdgeColouring c = new EdgeColouring(vertices, first, second, Math.max(width, delta));
        for (int e = 0; e < first.length; e++) {
            int u = first[e];
            int v = second[e];
            int a = c.freeColour(u, delta, NONE);
            if (!c.isFree(v, a)) {
                int b = c.freeColour(v, delta, NONE);
                List<Integer> path = c.chain(v, a, b);
                if (c.touches(path, u)) {
                    throw new IllegalStateException("The graph is not bipartite: an alternating path closed an odd cycle");
                }
                c.swap(path, a, b);
            }
            c.set(e, a);
        }
        return c;
    }

    /**
     * Any simple graph coloured with Δ + 1 colours (Misra and Gries): each edge is coloured by rotating a fan of the
     * edges around one end, after swapping one alternating path.
     *
     * @param width at least Δ + 1
     */
    static EdgeColouring misraGries(int vertices, int[] first, int[] second, int width) {
        int palette = maxDegree(vertices, first, second) + 1;
        EdgeColouring c = new EdgeColouring(vertices, first, second, Math.max(width, palette));
        for (int e = 0; e < first.length; e++) {
            c.colourWithFan(e, palette);
        }
        return c;
    }

    private void colourWithFan(int e, int palette) {
        int x = first[e];
        List<Integer> fan = new ArrayList<>();
        List<Integer> fanEdges = new ArrayList<>();
        boolean[] inFan = new boolean[vertices];
        fan.add(second[e]);
        fanEdges.add(e);
        inFan[second[e]] = true;
        boolean grown = true;
        while (grown) {
            grown = false;
            int last = fan.get(fan.size() - 1);
            for (int c = 0; c < palette && !grown; c++) {
                int edge = edgeAt[x][c];
                if (edge != NONE && isFree(last, c)) {
                    int w = other(edge, x);
                    if (!inFan[w]) {
                        fan.add(w);
                        fanEdges.add(edge);
                        inFan[w] = true;
                        grown = true;
                    }
                }
            }
        }
        int c = freeColour(x, palette, NONE);
        int d = freeColour(fan.get(fan.size() - 1), palette, NONE);
        if (c != d) {
            swap(chain(x, d, c), d, c);
        }
        int w = 0;
        for (int i = 0; i < fan.size(); i++) {
            if (i > 0 && !isFree(fan.get(i - 1), colour[fanEdges.get(i)])) {
                break;
            }
            if (isFree(fan.get(i), d)) {
                w = i;
                break;
            }
        }
        int[] rotated = new int[w + 1];
        for (int i = 0; i < w; i++) {
            rotated[i] = colour[fanEdges.get(i + 1)];
        }
        rotated[w] = d;
        for (int i = 1; i <= w; i++) {
            clear(fanEdges.get(i));
        }
        for (int i = 0; i <= w; i++) {
            set(fanEdges.get(i), rotated[i]);
        }
    }

    /**
     * Tries to move every edge of one colour class to the other colours below {@code palette}, with Kempe chains;
     * an edge that cannot move keeps its colour, so the colouring stays proper either way.
     *
     * @param budget the most alternating-path steps to spend
     * @return whether the class is empty now
     */
    boolean tryToEmpty(int z, int palette, long budget) {
        long spent = 0;
        for (int e = 0; e < colour.length; e++) {
            if (colour[e] != z) {
                continue;
            }
            clear(e);
            int u = first[e];
            int v = second[e];
            boolean moved = false;
            for (int a = 0; a < palette && !moved && spent < budget; a++) {
                if (a == z || !isFree(u, a)) {
                    continue;
                }
                if (isFree(v, a)) {
                    set(e, a);
                    moved = true;
                    break;
                }
                for (int b = 0; b < palette && !moved && spent < budget; b++) {
                    if (b == z || b == a || !isFree(v, b)) {
                        continue;
                    }
                    List<Integer> path = chain(v, a, b);
                    spent += path.size();
                    if (!touches(path, u)) {
                        swap(path, a, b);
                        set(e, a);
                        moved = true;
                    }
                }
            }
            if (!moved) {
                set(e, z);
            }
        }
        return size(z) == 0;
    }

    /**
     * Evens out the sizes of classes 0 to {@code k - 1} until they differ by at most one: while a class is larger
     * than another by two or more, some path of alternating edges of the two starts and ends with the larger one,
     * and swapping its colours moves one edge from the larger class to the smaller one, keeping the colouring proper.
     */
    void balance(int k) {
        if (k > width) {
            throw new IllegalArgumentException("Only " + width + " colours, not " + k);
        }
        int[] sizes = new int[k];
        for (int c : colour) {
            if (c >= k) {
                throw new IllegalStateException("An edge has colour " + c + ", beyond the " + k + " classes");
            }
            sizes[c]++;
        }
        while (true) {
            int big = 0;
            int small = 0;
            for (int c = 1; c < k; c++) {
                if (sizes[c] > sizes[big]) {
                    big = c;
                }
                if (sizes[c] < sizes[small]) {
                    small = c;
                }
            }
            if (sizes[big] - sizes[small] <= 1 || !moveOneEdge(big, small)) {
                return;
            }
            sizes[big]--;
            sizes[small]++;
        }
    }

    private boolean moveOneEdge(int big, int small) {
        for (int x = 0; x < vertices; x++) {
            if (edgeAt[x][big] != NONE && edgeAt[x][small] == NONE) {
                List<Integer> path = chain(x, big, small);
                if (path.size() % 2 == 1) {
                    swap(path, big, small);
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The path of alternating colours from {@code start}: its edge of colour {@code a}, then the next vertex's edge
     * of colour {@code b}, and so on. When {@code start} lacks colour {@code b}, it is a whole component of the
     * two-coloured subgraph.
     */
    List<Integer> chain(int start, int a, int b) {
        List<Integer> path = new ArrayList<>();
        int x = start;
        int c = a;
        int e = edgeAt[x][c];
        while (e != NONE) {
            path.add(e);
            x = other(e, x);
            c = c == a ? b : a;
            e = edgeAt[x][c];
            if (e == path.get(0)) {
                break;
            }
        }
        return path;
    }

    private boolean touches(List<Integer> path, int vertex) {
        for (int e : path) {
            if (first[e] == vertex || second[e] == vertex) {
                return true;
            }
        }
        return false;
    }

    /** Swaps colours {@code a} and {@code b} on the edges of a path. */
    void swap(List<Integer> path, int a, int b) {
        int[] was = new int[path.size()];
        for (int i = 0; i < path.size(); i++) {
            was[i] = colour[path.get(i)];
            clear(path.get(i));
        }
        for (int i = 0; i < path.size(); i++) {
            set(path.get(i), was[i] == a ? b : a);
        }
    }

    private int freeColour(int v, int palette, int except) {
        for (int c = 0; c < palette; c++) {
            if (c != except && edgeAt[v][c] == NONE) {
                return c;
            }
        }
        throw new IllegalStateException("Vertex " + v + " has no free colour among " + palette);
    }

    boolean isFree(int v, int c) {
        return edgeAt[v][c] == NONE;
    }

    int other(int e, int x) {
        return first[e] == x ? second[e] : first[e];
    }

    private void set(int e, int c) {
        if (edgeAt[first[e]][c] != NONE || edgeAt[second[e]][c] != NONE) {
            throw new IllegalStateException("Colour " + c + " is already taken at an end of edge " + e);
        }
        colour[e] = c;
        edgeAt[first[e]][c] = e;
        edgeAt[second[e]][c] = e;
    }

    private void clear(int e) {
        int c = colour[e];
        if (c != NONE) {
            edgeAt[first[e]][c] = NONE;
            edgeAt[second[e]][c] = NONE;
            colour[e] = NONE;
        }
    }

    int colourOf(int e) {
        return colour[e];
    }

    int size(int c) {
        int n = 0;
        for (int x : colour) {
            if (x == c) {
                n++;
            }
        }
        return n;
    }

    int width() {
        return width;
    }

    /** Moves class {@code from} onto the empty class {@code to}. */
    void rename(int from, int to) {
        if (size(to) != 0) {
            throw new IllegalArgumentException("Class " + to + " is not empty");
        }
        for (int e = 0; e < colour.length; e++) {
            if (colour[e] == from) {
                clear(e);
                set(e, to);
            }
        }
    }
}

package org.filiere.speedmeeting;

import java.util.Arrays;

/**
 * The assignment problem solved exactly by the Hungarian method (Kuhn and Munkres, in its O(n²m) form with
 * potentials): each row gets its own column so that the total weight is the largest.
 */
final class Hungarian {

    private Hungarian() {
    }

    /**
     * The column given to each row, for the largest total weight.
     *
     * @param weight {@code rows × columns}, with no more rows than columns
     */
    static int[] maximise(long[][] weight) {
        int n = weight.length;
        if (n == 0) {
            return new int[0];
        }
        int m = weight[0].length;
        if (n > m) {
            throw new IllegalArgumentException(n + " rows cannot each get one of " + m + " columns");
        }
        long max = Arrays.stream(weight).flatMapToLong(Arrays::stream).max().orElse(0);
        long[] u = new long[n + 1];
        long[] v = new long[m + 1];
        int[] p = new int[m + 1];
        int[] way = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            long[] minv = new long[m + 1];
            Arrays.fill(minv, Long.MAX_VALUE);
            boolean[] used = new boolean[m + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                long delta = Long.MAX_VALUE;
                int j1 = 0;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        long cost = max - weight[i0 - 1][j - 1];
                        long cur = cost - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] column = new int[n];
        for (int j = 1; j <= m; j++) {
            if (p[j] != 0) {
                column[p[j] - 1] = j - 1;
            }
        }
        return column;
    }
}

package org.credpath.engine.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Circular prerequisites: strongly connected components of the prerequisite graph with more than
 * one credential, or a credential that requires itself. Tarjan's algorithm, iterative (no stack
 * overflow, no hang on any input).
 */
final class PrerequisiteGraph {

    private PrerequisiteGraph() {
    }

    /** Each cycle as the credential indices on it; {@code prereqs[i]} lists the indices credential i needs. */
    static List<int[]> cycles(int[][] prereqs) {
        int n = prereqs.length;
        int[] index = new int[n];
        int[] low = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(index, -1);
        Deque<Integer> stack = new ArrayDeque<>();
        List<int[]> out = new ArrayList<>();
        int[] counter = {0};
        for (int s = 0; s < n; s++) {
            if (index[s] < 0) {
                strongConnect(s, prereqs, index, low, onStack, stack, out, counter);
            }
        }
        return out;
    }

    private static void strongConnect(int root, int[][] g, int[] index, int[] low, boolean[] onStack,
                                      Deque<Integer> stack, List<int[]> out, int[] counter) {
        Deque<int[]> work = new ArrayDeque<>(); // {node, next edge position}
        work.push(new int[] {root, 0});
        index[root] = low[root] = counter[0]++;
        stack.push(root);
        onStack[root] = true;
        while (!work.isEmpty()) {
            int[] frame = work.peek();
            int v = frame[0];
            if (frame[1] < g[v].length) {
                int w = g[v][frame[1]++];
                if (index[w] < 0) {
                    index[w] = low[w] = counter[0]++;
                    stack.push(w);
                    onStack[w] = true;
                    work.push(new int[] {w, 0});
                } else if (onStack[w]) {
                    low[v] = Math.min(low[v], index[w]);
                }
                continue;
            }
            work.pop();
            if (!work.isEmpty()) {
                int parent = work.peek()[0];
                low[parent] = Math.min(low[parent], low[v]);
            }
            if (low[v] == index[v]) {
                List<Integer> comp = new ArrayList<>();
                int w;
                do {
                    w = stack.pop();
                    onStack[w] = false;
                    comp.add(w);
                } while (w != v);
                if (comp.size() > 1 || selfLoop(g, v)) {
                    out.add(comp.stream().mapToInt(Integer::intValue).sorted().toArray());
                }
            }
        }
    }

    private static boolean selfLoop(int[][] g, int v) {
        for (int w : g[v]) {
            if (w == v) {
                return true;
            }
        }
        return false;
    }
}

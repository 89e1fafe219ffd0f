package org.credpath.engine.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.engine.catalog.Credential;

/**
 * A catalogue prepared for planning: credentials by index, prerequisite indices and the
 * prerequisite cycles, computed once and shared by every request.
 */
public final class PlanningCatalogue {

    private final List<Credential> credentials;
    private final Map<String, Integer> byId;
    private final int[][] prereqs;
    private final boolean[] unknownPrereq;
    private final boolean[] onCycle;
    private final List<PrerequisiteCycle> cycles;
    private final Map<String, List<Integer>> qualificationMembers;
    private final int[][] containers;

    public PlanningCatalogue(List<Credential> credentials) {
        this.credentials = List.copyOf(credentials);
        int n = this.credentials.size();
        this.byId = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            if (byId.putIfAbsent(this.credentials.get(i).id(), i) != null) {
                throw new IllegalArgumentException("catalogue: duplicate credential id '" + this.credentials.get(i).id() + "'");
            }
        }
        this.prereqs = new int[n][];
        this.unknownPrereq = new boolean[n];
        this.qualificationMembers = new HashMap<>();
        for (int i = 0; i < n; i++) {
            link(i);
        }
        this.containers = new int[n][];
        for (int i = 0; i < n; i++) {
            containers[i] = ancestors(i);
        }
        this.onCycle = new boolean[n];
        List<PrerequisiteCycle> found = new ArrayList<>();
        for (int[] cyc : PrerequisiteGraph.cycles(prereqs)) {
            found.add(new PrerequisiteCycle(Arrays.stream(cyc).mapToObj(i -> this.credentials.get(i).id()).toList()));
            for (int i : cyc) {
                onCycle[i] = true;
            }
        }
        this.cycles = List.copyOf(found);
    }

    /** Resolves credential {@code i}'s prerequisite ids and records its qualification memberships. */
    private void link(int i) {
        Credential c = credentials.get(i);
        Set<Integer> p = new LinkedHashSet<>();
        for (String id : c.prerequisites()) {
            Integer j = byId.get(id);
            if (j == null) {
                unknownPrereq[i] = true;
            } else {
                p.add(j);
            }
        }
        prereqs[i] = p.stream().mapToInt(Integer::intValue).toArray();
        for (Credential.StackLink s : c.stacksInto()) {
            qualificationMembers.computeIfAbsent(s.qualificationId(), k -> new ArrayList<>()).add(i);
        }
    }

    /** Credentials of this catalogue that {@code i} stacks into, directly or through others (cycle-safe). */
    private int[] ancestors(int i) {
        java.util.LinkedHashSet<Integer> seen = new java.util.LinkedHashSet<>();
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(i));
        while (!todo.isEmpty()) {
            for (Credential.StackLink s : credentials.get(todo.pop()).stacksInto()) {
                Integer j = byId.get(s.qualificationId());
                if (j != null && j != i && seen.add(j)) {
                    todo.push(j);
                }
            }
        }
        return seen.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The qualifications in this catalogue that credential {@code i} is part of (a course's
     * specialization, that specialization's professional certificate, ...). A pathway never holds
     * both a credential and one of these: the larger one already contains it.
     */
    int[] containers(int i) {
        return containers[i];
    }

    public int size() {
        return credentials.size();
    }

    public Credential get(int i) {
        return credentials.get(i);
    }

    public List<Credential> credentials() {
        return credentials;
    }

    /** The index of a credential id, or -1. */
    public int indexOf(String id) {
        Integer i = byId.get(id);
        return i == null ? -1 : i;
    }

    int[] prerequisites(int i) {
        return prereqs[i];
    }

    /** True when a prerequisite id names no credential of this catalogue. */
    boolean hasUnknownPrerequisite(int i) {
        return unknownPrereq[i];
    }

    boolean onCycle(int i) {
        return onCycle[i];
    }

    /** Prerequisite cycles found in this catalogue (reported to the user, never planned through). */
    public List<PrerequisiteCycle> cycles() {
        return cycles;
    }

    /** Credential indices that stack into a qualification, by qualification id. */
    Map<String, List<Integer>> qualificationMembers() {
        return qualificationMembers;
    }
}

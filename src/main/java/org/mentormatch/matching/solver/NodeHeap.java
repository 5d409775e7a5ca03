package org.mentormatch.matching.solver;

import java.util.Arrays;

/**
 * A binary min-heap of node ids keyed by an outside distance array, with decrease-key: the priority queue of
 * {@link ShortestAugmentingPath}'s Dijkstra searches, which keep one per solve and clear it between rows.
 */
final class NodeHeap {
    private final int[] nodes;
    private final int[] position;
    private int size;

    NodeHeap(int capacity) {
        nodes = new int[capacity];
        position = new int[capacity];
        Arrays.fill(position, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    boolean contains(int node) {
        return position[node] >= 0;
    }

    void add(int node, long[] key) {
        nodes[size] = node;
        position[node] = size;
        up(size++, key);
    }

    void decrease(int node, long[] key) {
        up(position[node], key);
    }

    int poll(long[] key) {
        int top = nodes[0];
        position[top] = -1;
        if (--size > 0) {
            nodes[0] = nodes[size];
            position[nodes[0]] = 0;
            down(0, key);
        }
        return top;
    }

    void clear() {
        for (int i = 0; i < size; i++) {
            position[nodes[i]] = -1;
        }
        size = 0;
    }

    private void up(int index, long[] key) {
        int node = nodes[index];
        while (index > 0) {
            int parent = (index - 1) >>> 1;
            if (key[nodes[parent]] <= key[node]) {
                break;
            }
            move(nodes[parent], index);
            index = parent;
        }
        move(node, index);
    }

    private void down(int index, long[] key) {
        int node = nodes[index];
        while (true) {
            int child = 2 * index + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && key[nodes[child + 1]] < key[nodes[child]]) {
                child++;
            }
            if (key[nodes[child]] >= key[node]) {
                break;
            }
            move(nodes[child], index);
            index = child;
        }
        move(node, index);
    }

    private void move(int node, int index) {
        nodes[index] = node;
        position[node] = index;
    }
}

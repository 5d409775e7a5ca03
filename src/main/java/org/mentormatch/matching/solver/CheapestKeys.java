package org.mentormatch.matching.solver;

import java.util.Arrays;

/**
 * The {@code k} smallest of the {@code long} keys offered, in a bounded max-heap: picking a mentee's or a mentor's
 * cheapest pairs out of thousands without sorting them all. Keys pack {@code (cost << 32) | id}, so ties go to the
 * smaller id and the choice does not depend on the order of the offers.
 */
final class CheapestKeys {

    private final long[] heap;
    private int size;

    CheapestKeys(int k) {
        heap = new long[k];
    }

    static long key(long cost, int id) {
        return (cost << 32) | id;
    }

    void offer(long key) {
        if (size < heap.length) {
            int index = size++;
            while (index > 0 && heap[(index - 1) >>> 1] < key) {
                heap[index] = heap[(index - 1) >>> 1];
                index = (index - 1) >>> 1;
            }
            heap[index] = key;
        } else if (heap.length > 0 && key < heap[0]) {
            siftDownFromRoot(key);
        }
    }

    /** Offers every key another instance kept: the k cheapest of two halves are the k cheapest of the whole. */
    void offerAll(CheapestKeys other) {
        for (int i = 0; i < other.size; i++) {
            offer(other.heap[i]);
        }
    }

    /** The ids kept, cheapest first. */
    int[] ids() {
        return Arrays.stream(heap, 0, size).sorted().mapToInt(key -> (int) key).toArray();
    }

    private void siftDownFromRoot(long key) {
        int index = 0;
        while (true) {
            int child = 2 * index + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && heap[child + 1] > heap[child]) {
                child++;
            }
            if (heap[child] <= key) {
                break;
            }
            heap[index] = heap[child];
            index = child;
        }
        heap[index] = key;
    }
}

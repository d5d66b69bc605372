package dev.unroll.spark;

import dev.unroll.Model;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Networks kept between rounds in each executor JVM, so that a round's task does not build a
 * network (buffers and initialization) only to overwrite its whole state: a task borrows one,
 * sets the broadcast state over it, and gives it back. One network serves one task at a time.
 * Keyed by the factory's class (one per lambda or generated class).
 */
final class Replicas {
    private static final Map<String, Queue<Model>> IDLE = new ConcurrentHashMap<>();

    private Replicas() {}

    static Model borrow(NetworkFactory factory) {
        Model net = IDLE.computeIfAbsent(key(factory), k -> new ConcurrentLinkedQueue<>()).poll();
        return net != null ? net : factory.create();
    }

    static void give(NetworkFactory factory, Model net) {
        IDLE.computeIfAbsent(key(factory), k -> new ConcurrentLinkedQueue<>()).offer(net);
    }

    private static String key(NetworkFactory factory) {
        return factory instanceof NetworkFactory.ByName ? factory.toString() : factory.getClass().getName();
    }
}

package dev.unroll.examples.hardening;

import java.nio.file.Path;

/** Saves a network to {@code args[0]} again and again until killed: the victim of {@link KilledSaveTest}. */
public final class SaveLoop {
    private SaveLoop() {}

    public static void main(String[] args) throws Exception {
        Networks.Normalized net = UnrolledNetworks_Normalized.create();
        Path file = Path.of(args[0]);
        net.save(file);
        System.out.println("ready");
        System.out.flush();
        while (true) {
            net.save(file);
        }
    }
}

package dev.unroll.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.Loss;
import java.util.ConcurrentModificationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code copyLayersFrom} claims the source's guard as well as the target's: a source in use on
 * another thread is refused with the guard's {@link ConcurrentModificationException} and nothing
 * changes; the source is released afterwards, whether the copy worked or not; a network may copy
 * from itself (the guard re-enters; nothing changes).
 */
class TransferGuardTest {
    private static final float[] X = {1, 2, -1, 0.5f, 3, -2, 0, 1};

    @Test
    void aSourceInUseOnAnotherThreadIsRefusedAndNothingChanges() throws Exception {
        TwoLayers source = new TwoLayers(Loss.MEAN_SQUARED_ERROR, 0, 1);
        TwoLayers target = new TwoLayers(Loss.MEAN_SQUARED_ERROR, 0, 2);
        float[] before = target.parameters();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        source.blockInference = new CountDownLatch[] {entered, release};
        ExecutorService other = Executors.newSingleThreadExecutor(r -> new Thread(r, "predictor"));
        try {
            Future<?> predicting = other.submit(() -> source.predict(X, 4, new float[4]));
            assertTrue(entered.await(10, TimeUnit.SECONDS), "the other thread is inside predict");

            ConcurrentModificationException e = assertThrows(ConcurrentModificationException.class,
                    () -> target.copyLayersFrom(source, "hidden", "out"));
            assertTrue(e.getMessage().contains("called copyLayersFrom, as the source of another network's copy,")
                    && e.getMessage().contains("\"predictor\" is in predict"), e.getMessage());
            assertArrayEquals(before, target.parameters(), "a refused copy changes nothing");

            release.countDown();
            predicting.get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            other.shutdownNow();
        }
        target.copyLayersFrom(source, "hidden", "out"); // both guards were released
        assertArrayEquals(source.parameters(), target.parameters());
    }

    @Test
    void aRefusedCopyReleasesTheSource() throws Exception {
        TwoLayers source = new TwoLayers(Loss.MEAN_SQUARED_ERROR, 0, 1);
        TwoLayers target = new TwoLayers(Loss.MEAN_SQUARED_ERROR, 0, 2);
        assertThrows(IllegalArgumentException.class, () -> target.copyLayersFrom(source, "hidden", "missing"));
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            other.submit(() -> source.predict(X, 4, new float[4])).get(10, TimeUnit.SECONDS);
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void aNetworkMayCopyFromItself() {
        TwoLayers net = new TwoLayers(Loss.MEAN_SQUARED_ERROR, 0, 1);
        float[] before = net.parameters();
        net.copyLayersFrom(net, "hidden", "out");
        assertArrayEquals(before, net.parameters());
    }
}

package dev.unroll.examples.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.unroll.DataSet;
import dev.unroll.History;
import dev.unroll.Model;
import dev.unroll.Progress;
import dev.unroll.Training;
import dev.unroll.examples.FashionMlp;
import dev.unroll.examples.UnrolledFashionMlp;
import org.junit.jupiter.api.Test;

/**
 * {@code setThreads}: training and prediction of the 784-300-100-10 example network, large enough
 * for every product and update to be split, give the same bits on one, two and three threads.
 */
class ThreadsTest {
    private static final DataSet TRAIN = Data.clusters(640, 784, 10, 2.0, 1);
    private static final DataSet TEST = Data.clusters(300, 784, 10, 2.0, 2);

    private static float[] parameters(Model net) {
        float[] p = new float[net.parameterCount()];
        net.copyParametersTo(p);
        return p;
    }

    private static float[] predictions(Model net) {
        float[] p = new float[TEST.size() * 10];
        net.predict(TEST.features(), TEST.size(), p);
        return p;
    }

    @Test
    void moreThreadsGiveTheSameBits() {
        FashionMlp one = UnrolledFashionMlp.create();
        History expected = one.fit(TRAIN, Training.epochs(2).progress(Progress.SILENT).validationData(TEST));
        for (int threads : new int[] {2, 3}) {
            FashionMlp net = UnrolledFashionMlp.create();
            net.setThreads(threads);
            try {
                assertEquals(threads, net.threads());
                History history = net.fit(TRAIN, Training.epochs(2).progress(Progress.SILENT).validationData(TEST));
                assertArrayEquals(expected.loss(), history.loss(), threads + " threads: loss");
                assertArrayEquals(expected.validationLoss(), history.validationLoss(), threads + " threads: validation");
                assertArrayEquals(parameters(one), parameters(net), threads + " threads: parameters");
                assertArrayEquals(predictions(one), predictions(net), threads + " threads: predictions");
            } finally {
                net.setThreads(1);
            }
        }
    }

    @Test
    void aThreadCountBelowOneIsRefused() {
        FashionMlp net = UnrolledFashionMlp.create();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> net.setThreads(0));
        assertEquals("threads must be at least 1, got 0", e.getMessage());
        assertEquals(1, net.threads());
    }
}

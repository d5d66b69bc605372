package dev.unroll.examples.seed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.unroll.Model;
import dev.unroll.examples.allocation.BatchNormMlp;
import dev.unroll.examples.allocation.UnrolledBatchNormMlp;
import java.util.Arrays;
import java.util.Random;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

/** Same seed, same initial parameters and the same training trajectory, bit for bit; another seed, other values. */
class SeedTest {
    @Test
    void sameSeedSameTrajectoryOtherSeedOtherParameters() {
        assertReproducible(UnrolledBatchNormMlp::create, UnrolledBatchNormMlp.create());
        BatchNormMlp typed = UnrolledBatchNormMlp.create(1L);
        assertEquals(784, typed.inputSize());
    }

    @Test
    void rreluSlopesFollowTheSeed() {
        assertReproducible(UnrolledSeedTest_Randomized::create, UnrolledSeedTest_Randomized.create());
    }

    private static void assertReproducible(LongFunction<? extends Model> create, Model fromAnnotation) {
        Model a = create.apply(42);
        Model b = create.apply(42);
        Model c = create.apply(43);
        assertArrayEquals(parameters(a), parameters(fromAnnotation), "create() uses the seed of @Network");
        assertArrayEquals(parameters(a), parameters(b));
        assertFalse(Arrays.equals(parameters(a), parameters(c)), "another seed draws other weights");
        Random random = new Random(3);
        float[] x = new float[a.batchSize() * a.inputSize()];
        int[] labels = new int[a.batchSize()];
        for (int step = 0; step < 5; step++) {
            for (int i = 0; i < x.length; i++) {
                x[i] = random.nextFloat();
            }
            for (int i = 0; i < labels.length; i++) {
                labels[i] = random.nextInt(a.outputSize());
            }
            assertEquals(a.trainBatch(x, labels, labels.length), b.trainBatch(x, labels, labels.length));
            assertArrayEquals(parameters(a), parameters(b), "after step " + (step + 1));
        }
    }

    private static float[] parameters(Model net) {
        float[] p = new float[net.parameterCount()];
        net.copyParametersTo(p);
        return p;
    }

    /** Exercises the seeded RReLU draws during training. */
    @SuppressWarnings("unroll:init-activation")
    @dev.unroll.Network(inputs = 12, loss = dev.unroll.Loss.SPARSE_CATEGORICAL_CROSSENTROPY, batchSize = 8)
    @dev.unroll.SGD(learningRate = 0.1)
    interface Randomized extends Model {
        @dev.unroll.Dense(units = 16)
        dev.unroll.DenseLayer dense();

        @dev.unroll.RReLU
        dev.unroll.Layer rrelu();

        @dev.unroll.Dense(units = 4, activation = dev.unroll.Activation.SOFTMAX)
        dev.unroll.DenseLayer output();
    }
}

package dev.unroll.examples.experiments;

import dev.unroll.Model;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Claim: batch normalization makes deep networks trainable, even with saturating activations. The
 * ten-layer sigmoid network without it, with it before each activation and after each activation.
 */
final class BatchNormExperiment implements Experiment {
    static final int EPOCHS = 10;

    @Override public String name() {
        return "batchnorm";
    }

    @Override public void run(Setup data, Output out) throws IOException {
        List<String> labels = List.of("no batch normalization", "before each sigmoid", "after each sigmoid");
        List<Model> nets = List.of(UnrolledDeepNetworks_Sigmoid.create(), UnrolledBatchNormNetworks_SigmoidBnBefore.create(),
                UnrolledBatchNormNetworks_SigmoidBnAfter.create());
        List<Trial> trials = new ArrayList<>();
        for (int i = 0; i < nets.size(); i++) {
            trials.add(Trial.run(labels.get(i), nets.get(i), data, EPOCHS));
        }
        Curves.chart(out, "batchnorm", "Ten sigmoid layers, batch normalization", trials);
        Curves.table(out, "batch normalization", trials);
    }
}

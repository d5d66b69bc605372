package dev.unroll.runtime;

import dev.unroll.DataSet;
import dev.unroll.Evaluation;
import java.util.List;

/** Loss and accuracy in inference mode, over a data set in batches of the network's size. */
final class Evaluator {
    private final GeneratedNetwork net;
    private final Batches batches;

    Evaluator(GeneratedNetwork net, DataSet data) {
        Arguments.checkData(data, net.inputSize(), net.outputSize(), net.loss());
        this.net = net;
        this.batches = new Batches(data, net.batchSize());
    }

    static Evaluation evaluate(GeneratedNetwork net, DataSet data) {
        return new Evaluator(net, data).run(net.preprocessing() == null ? List.of() : net.preprocessing().classes());
    }

    Evaluation run() {
        return run(List.of());
    }

    /** With every metric of {@link Evaluation}; {@code classNames} label the confusion matrix (empty: 0, 1, ...). */
    Evaluation run(List<String> classNames) {
        Metrics metrics = new Metrics(net.loss(), net.outputSize());
        batches.rewind();
        double lossSum = 0;
        long right = 0;
        long answers = 0;
        int seen = 0;
        while (batches.next()) {
            int count = batches.count;
            lossSum += (double) net.evaluateChecked(batches.x, batches.labels, batches.targets, count) * count;
            right += Accuracy.correct(net.loss(), net.outputBuffer(), net.outputStride(), net.outputSize(), count,
                    batches.labels, batches.targets);
            answers += Accuracy.answers(net.loss(), count, net.outputSize());
            metrics.add(net.outputBuffer(), net.outputStride(), count, batches.labels, batches.targets);
            seen += count;
        }
        return metrics.result(lossSum / seen, answers == 0 ? Double.NaN : (double) right / answers, seen, classNames);
    }
}

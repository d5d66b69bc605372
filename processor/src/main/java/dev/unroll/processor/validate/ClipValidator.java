package dev.unroll.processor.validate;

import dev.unroll.processor.diagnostics.Diagnostics;
import dev.unroll.processor.diagnostics.Message;
import dev.unroll.processor.model.ClipModel;
import dev.unroll.processor.model.NetworkModel;
import dev.unroll.processor.model.OptimizerModel;
import java.util.ArrayList;
import java.util.List;

/** At most one of clipValue, clipNorm and globalClipNorm per optimizer. */
public final class ClipValidator implements Validator {
    @Override public void validate(NetworkModel network, Diagnostics diagnostics) {
        for (OptimizerModel optimizer : network.optimizers()) {
            ClipModel clip = optimizer.clip();
            List<String> set = new ArrayList<>();
            if (clip.clipValue() != 0) {
                set.add("clipValue");
            }
            if (clip.clipNorm() != 0) {
                set.add("clipNorm");
            }
            if (clip.globalClipNorm() != 0) {
                set.add("globalClipNorm");
            }
            if (set.size() > 1) {
                diagnostics.reportAt(Message.CLIP_CONFLICT, optimizer.origin(), set.get(1), optimizer.kind(),
                        String.join(" and ", set));
            }
        }
    }
}

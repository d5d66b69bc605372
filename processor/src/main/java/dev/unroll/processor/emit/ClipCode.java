package dev.unroll.processor.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterSpec;
import dev.unroll.processor.model.ClipModel;
import java.util.List;

/**
 * Gradient clipping as arguments of the update kernels: a scale (from clipNorm per tensor or
 * globalClipNorm over all) and a bound (clipValue). The gradient arrays themselves stay raw.
 */
final class ClipCode {
    private final ClipModel clip;
    private final Names names;

    ClipCode(ClipModel clip, Names names) {
        this.clip = clip;
        this.names = names;
    }

    /** Statements before the updates: the global norm's scale. */
    CodeBlock prologue(List<ParameterRef> parameters) {
        if (clip.globalClipNorm() <= 0 || parameters.isEmpty()) {
            return CodeBlock.of("");
        }
        CodeBlock.Builder sum = CodeBlock.builder();
        for (int i = 0; i < parameters.size(); i++) {
            ParameterRef p = parameters.get(i);
            sum.add(i == 0 ? "" : "$W+ ");
            sum.add("($N.isTrainable() ? $T.sumOfSquares($N, $L) : 0)", p.view(), RuntimeTypes.CLIPPING, p.gradient(),
                    p.length());
        }
        return CodeBlock.builder()
                .add("// global clipping: g *= $L / max(||g||, $L) over the gradients of the trainable layers together\n",
                        clip.globalClipNorm(), clip.globalClipNorm())
                .addStatement("float $N = $L", scale(), Calls.of(RuntimeTypes.CLIPPING, "scaleFor", sum.build(),
                        Literals.d(clip.globalClipNorm())))
                .build();
    }

    /** Statements before one parameter's update: its own norm's scale. */
    CodeBlock before(ParameterRef p) {
        if (clip.clipNorm() <= 0) {
            return CodeBlock.of("");
        }
        return CodeBlock.builder().addStatement("float $N = $L", scaleOf(p), Calls.of(RuntimeTypes.CLIPPING, "scaleFor",
                Calls.of(RuntimeTypes.CLIPPING, "sumOfSquares", p.gradient(), p.length()), Literals.d(clip.clipNorm())))
                .build();
    }

    /** The {@code scale, bound} arguments of one parameter's update call. */
    CodeBlock arguments(ParameterRef p) {
        CodeBlock scale;
        if (clip.globalClipNorm() > 0) {
            scale = CodeBlock.of("$N", scale());
        } else if (clip.clipNorm() > 0) {
            scale = CodeBlock.of("$N", scaleOf(p));
        } else {
            scale = CodeBlock.of("$T.NO_SCALE", RuntimeTypes.CLIPPING);
        }
        CodeBlock bound = clip.clipValue() > 0 ? CodeBlock.of("$L", Literals.f(clip.clipValue()))
                : CodeBlock.of("$T.NO_BOUND", RuntimeTypes.CLIPPING);
        return CodeBlock.of("$L,$W$L", scale, bound);
    }

    /** A one-line description for the update comment, or empty. */
    String describe() {
        if (clip.clipValue() > 0) {
            return "; g clipped to [-" + clip.clipValue() + ", " + clip.clipValue() + "]";
        }
        if (clip.clipNorm() > 0) {
            return "; each g rescaled to norm <= " + clip.clipNorm();
        }
        return "";
    }

    /** The locals an update step reads: {@code first}, then the global clipping scale when there is one. */
    List<ParameterSpec> withLocals(ParameterSpec first) {
        if (clip.globalClipNorm() <= 0) {
            return List.of(first);
        }
        return List.of(first, ParameterSpec.builder(float.class, scale()).build());
    }

    private String scale() {
        return names.local("scale");
    }

    private String scaleOf(ParameterRef p) {
        return names.field(p.value(), "Scale");
    }
}

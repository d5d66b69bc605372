package dev.unroll.processor.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.unroll.processor.model.OptimizerModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code @Nadam}, Keras 3 form: the step's three coefficients are computed once in the prologue
 * from the momentum schedule, whose running product the {@code NadamUpdate.Schedule} field keeps.
 */
final class NadamEmitter extends OptimizerEmitter {
    private final OptimizerModel.Nadam nadam;

    NadamEmitter(OptimizerModel.Nadam nadam, Names names) {
        super(nadam, names);
        this.nadam = nadam;
    }

    private String schedule() {
        return names.local("nadamSchedule");
    }

    @Override void declareState(TypeSpec.Builder type) {
        type.addField(FieldSpec.builder(RuntimeTypes.NADAM_SCHEDULE, schedule(), Modifier.PRIVATE, Modifier.FINAL)
                .initializer("new $T($L)", RuntimeTypes.NADAM_SCHEDULE, Literals.d(nadam.beta1()))
                .build());
    }

    @Override CodeBlock prologue(List<ParameterRef> parameters) {
        CodeBlock.Builder code = CodeBlock.builder();
        code.add("// Nadam: mu_t = $L (1 - 0.5 0.96^t); P_t = mu_1 ... mu_t; m += (g - m)(1 - $L);"
                        + " v += (g^2 - v)(1 - $L)\n", nadam.beta1(), nadam.beta1(), nadam.beta2());
        code.add("// w -= lr (cM m + cG g) / (sqrt(v cV) + $L), cM = mu_{t+1} / (1 - P_t mu_{t+1}),"
                + " cG = (1 - mu_t) / (1 - P_t), cV = 1 / (1 - $L^t)$L\n", nadam.epsilon(), nadam.beta2(),
                clip.describe() + describeDecay());
        code.addStatement("double $N = learningRate()", stepSize());
        code.addStatement("double $N = $N.product(steps())", product(), schedule());
        code.addStatement("double $N = $L", cm(), Calls.of(RuntimeTypes.NADAM_UPDATE, "momentumCoefficient",
                Literals.d(nadam.beta1()), "steps()", product()));
        code.addStatement("double $N = $L", cg(), Calls.of(RuntimeTypes.NADAM_UPDATE, "gradientCoefficient",
                Literals.d(nadam.beta1()), "steps()", product()));
        code.addStatement("double $N = $L", cv(), Calls.of(RuntimeTypes.NADAM_UPDATE, "varianceCoefficient",
                Literals.d(nadam.beta2()), "steps()"));
        code.add(clip.prologue(parameters));
        return code.build();
    }

    private String product() {
        return names.local("product");
    }

    private String cm() {
        return names.local("cM");
    }

    private String cg() {
        return names.local("cG");
    }

    private String cv() {
        return names.local("cV");
    }

    @Override CodeBlock step(ParameterRef p) {
        return CodeBlock.builder()
                .add(clip.before(p))
                .addStatement(Calls.parallel("nadam", p.value(), p.gradient(), slot(p, "m"), slot(p, "v"), p.length(),
                        stepSize(), cm(), cg(), cv(), Literals.d(nadam.beta1()), Literals.d(nadam.beta2()),
                        Literals.d(nadam.epsilon()), clip.arguments(p)))
                .build();
    }

    @Override List<ParameterSpec> extraLocals() {
        return List.of(ParameterSpec.builder(double.class, cm()).build(),
                ParameterSpec.builder(double.class, cg()).build(), ParameterSpec.builder(double.class, cv()).build());
    }
}

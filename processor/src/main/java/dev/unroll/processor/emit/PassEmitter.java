package dev.unroll.processor.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The generated passes: the hooks of {@code GeneratedNetwork}, each a straight sequence of per-layer
 * (per-parameter, for the update) blocks. HotSpot does not compile a method of more than 8,000
 * bytes of bytecode, so a pass of more than {@link #CHUNK} blocks moves its blocks, {@code CHUNK}
 * at a time, into private helper methods the hook calls in order: a pass is never huge, however
 * deep the network. Every block costs well under {@code 8000 / CHUNK} bytes ({@code HugeMethodTest}
 * measures it).
 */
final class PassEmitter {
    /** The most blocks one generated method holds. */
    static final int CHUNK = 32;

    private static final ParameterSpec X = ParameterSpec.builder(ArrayTypeName.of(TypeName.FLOAT), "x").build();
    private static final ParameterSpec OFFSET = ParameterSpec.builder(int.class, "offset").build();
    private static final ParameterSpec COUNT = ParameterSpec.builder(int.class, "count").build();

    private final LayerPlan plan;
    private final int inputs;
    private final Names names;
    private final List<MethodSpec> helpers = new ArrayList<>();

    PassEmitter(LayerPlan plan, int inputs, Names names) {
        this.plan = plan;
        this.inputs = inputs;
        this.names = names;
    }

    MethodSpec forwardTraining() {
        List<CodeBlock> blocks = new ArrayList<>();
        plan.emitters().forEach(e -> blocks.add(e.forward(true)));
        return pass("forwardTraining", List.of(X, COUNT), copyInput("0"), List.of(), blocks, "\n");
    }

    MethodSpec forwardInference() {
        List<CodeBlock> blocks = new ArrayList<>();
        plan.emitters().forEach(e -> blocks.add(e.forward(false)));
        return pass("forwardInference", List.of(X, OFFSET, COUNT), copyInput("offset"), List.of(), blocks, "\n");
    }

    MethodSpec backward() {
        List<LayerEmitter> emitters = plan.emitters();
        List<CodeBlock> blocks = new ArrayList<>();
        for (int i = emitters.size() - 1; i >= 0; i--) {
            if (plan.contexts().get(i).runsBackward()) {
                blocks.add(emitters.get(i).backward());
            }
        }
        return pass("backward", List.of(X, COUNT), CodeBlock.of(""), List.of(), blocks, "\n");
    }

    MethodSpec updateMovingStatistics() {
        List<CodeBlock> blocks = plan.emitters().stream().map(LayerEmitter::updateStatistics).toList();
        return pass("updateMovingStatistics", List.of(), CodeBlock.of(""), List.of(), blocks, "\n");
    }

    /**
     * One block per layer with parameters, skipped while the layer is frozen: its arrays' updates,
     * then its constraint.
     */
    MethodSpec applyUpdate(OptimizerEmitter optimizer, List<ParameterRef> parameters) {
        List<CodeBlock> steps = new ArrayList<>();
        for (LayerEmitter e : plan.emitters()) {
            if (e.parameters().isEmpty()) {
                continue;
            }
            CodeBlock.Builder block = CodeBlock.builder().beginControlFlow("if ($N.isTrainable())", e.viewField());
            e.parameters().forEach(p -> block.add(optimizer.update(p)));
            steps.add(block.add(e.afterUpdate()).endControlFlow().build());
        }
        return pass("applyUpdate", List.of(), optimizer.prologue(parameters), optimizer.locals(), steps, "");
    }

    /** The private methods the passes were split into, in the order they were made. */
    List<MethodSpec> helpers() {
        return helpers;
    }

    /**
     * The hook {@code name}: the prologue, then the non-empty blocks separated by {@code separator};
     * or, for more than {@link #CHUNK} blocks, the prologue and one call per chunk. Every chunk
     * receives the hook's {@code parameters} and the {@code locals} its prologue declares.
     */
    private MethodSpec pass(String name, List<ParameterSpec> parameters, CodeBlock prologue,
                            List<ParameterSpec> locals, List<CodeBlock> blocks, String separator) {
        MethodSpec.Builder hook = MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(TypeName.VOID);
        hook.addParameters(parameters);
        List<CodeBlock> nonEmpty = blocks.stream().filter(b -> !b.isEmpty()).toList();
        if (nonEmpty.size() <= CHUNK) {
            List<CodeBlock> all = new ArrayList<>();
            if (!prologue.isEmpty()) {
                all.add(prologue);
            }
            all.addAll(nonEmpty);
            if (!all.isEmpty()) {
                hook.addCode(CodeBlock.join(all, separator));
            }
            return hook.build();
        }
        hook.addCode(prologue);
        List<ParameterSpec> shared = new ArrayList<>(parameters);
        shared.addAll(locals);
        CodeBlock arguments = CodeBlock.join(shared.stream().map(p -> CodeBlock.of("$N", p)).toList(), ", ");
        for (int from = 0, index = 0; from < nonEmpty.size(); from += CHUNK, index++) {
            String helper = names.method(name, index);
            List<CodeBlock> chunk = nonEmpty.subList(from, Math.min(from + CHUNK, nonEmpty.size()));
            helpers.add(MethodSpec.methodBuilder(helper)
                    .addJavadoc("Blocks $L to $L of {@link #$N}, split off to keep every method compilable.\n",
                            from + 1, from + chunk.size(), name)
                    .addModifiers(Modifier.PRIVATE)
                    .addParameters(shared)
                    .addCode(CodeBlock.join(chunk, separator))
                    .build());
            hook.addStatement("$N($L)", helper, arguments);
        }
        return hook.build();
    }

    private CodeBlock copyInput(String offset) {
        if (!plan.copiesInput()) {
            return CodeBlock.of("");
        }
        return CodeBlock.builder()
                .add("// input: the rows of x, padded to $L values\n", plan.contexts().get(0).inStride())
                .addStatement(Calls.of(RuntimeTypes.ROWS, "copy", "x", offset, inputs, plan.input(),
                        plan.contexts().get(0).inStride(), "count"))
                .build();
    }
}

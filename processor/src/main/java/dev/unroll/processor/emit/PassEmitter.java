package dev.unroll.processor.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/** The generated passes: the hooks of {@code GeneratedNetwork}, each a straight sequence of per-layer blocks. */
final class PassEmitter {
    private final LayerPlan plan;
    private final int inputs;
    private final String input;

    PassEmitter(LayerPlan plan, int inputs, Names names) {
        this.plan = plan;
        this.inputs = inputs;
        this.input = names.reserved("input");
    }

    MethodSpec forwardTraining() {
        MethodSpec.Builder method = hook("forwardTraining", TypeName.VOID)
                .addParameter(ArrayTypeName.of(TypeName.FLOAT), "x")
                .addParameter(int.class, "count");
        addBlocks(method, forwardBlocks("0", true));
        return method.build();
    }

    MethodSpec forwardInference() {
        MethodSpec.Builder method = hook("forwardInference", TypeName.VOID)
                .addParameter(ArrayTypeName.of(TypeName.FLOAT), "x")
                .addParameter(int.class, "offset")
                .addParameter(int.class, "count");
        addBlocks(method, forwardBlocks("offset", false));
        return method.build();
    }

    MethodSpec backward() {
        MethodSpec.Builder method = hook("backward", TypeName.VOID)
                .addParameter(ArrayTypeName.of(TypeName.FLOAT), "x")
                .addParameter(int.class, "count");
        List<LayerEmitter> emitters = plan.emitters();
        List<CodeBlock> blocks = new ArrayList<>();
        for (int i = emitters.size() - 1; i >= 0; i--) {
            if (plan.contexts().get(i).runsBackward()) {
                blocks.add(emitters.get(i).backward());
            }
        }
        addBlocks(method, blocks);
        return method.build();
    }

    MethodSpec updateMovingStatistics() {
        MethodSpec.Builder method = hook("updateMovingStatistics", TypeName.VOID);
        addBlocks(method, plan.emitters().stream().map(LayerEmitter::updateStatistics).toList());
        return method.build();
    }

    MethodSpec applyUpdate(CodeBlock body) {
        return hook("applyUpdate", TypeName.VOID).addCode(body).build();
    }

    private List<CodeBlock> forwardBlocks(String offset, boolean training) {
        List<CodeBlock> blocks = new ArrayList<>();
        blocks.add(copyInput(offset));
        plan.emitters().forEach(e -> blocks.add(e.forward(training)));
        return blocks;
    }

    private CodeBlock copyInput(String offset) {
        if (!plan.copiesInput()) {
            return CodeBlock.of("");
        }
        return CodeBlock.builder()
                .add("// input: the rows of x, padded to $L values\n", plan.contexts().get(0).inStride())
                .addStatement(Calls.of(RuntimeTypes.ROWS, "copy", "x", offset, inputs, input,
                        plan.contexts().get(0).inStride(), "count"))
                .build();
    }

    /** Adds the non-empty blocks, separated by blank lines. */
    private static void addBlocks(MethodSpec.Builder method, List<CodeBlock> blocks) {
        List<CodeBlock> nonEmpty = blocks.stream().filter(b -> !b.isEmpty()).toList();
        if (!nonEmpty.isEmpty()) {
            method.addCode(CodeBlock.join(nonEmpty, "\n"));
        }
    }

    private static MethodSpec.Builder hook(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(returns);
    }
}

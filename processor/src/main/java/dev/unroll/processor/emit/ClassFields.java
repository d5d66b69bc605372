package dev.unroll.processor.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/** Adds the generated class's fields: preallocated {@code final float[]} buffers and the layer views. */
final class ClassFields {
    private final TypeSpec.Builder type;
    private final String batchSize;

    ClassFields(TypeSpec.Builder type, String batchSize) {
        this.type = type;
        this.batchSize = batchSize;
    }

    /** {@code private final float[] name = new float[rows * stride];} */
    void floats(String name, int rows, int stride) {
        add(name, rows == 1 ? CodeBlock.of("$L", stride) : CodeBlock.of("$L * $L", rows, stride));
    }

    /** {@code private final float[] name = new float[BATCH_SIZE * stride];}: one row per example of a batch. */
    void batchRows(String name, int stride) {
        add(name, CodeBlock.of("$N * $L", batchSize, stride));
    }

    /** A view field, assigned in the constructor. */
    void view(String name, TypeName viewType) {
        type.addField(FieldSpec.builder(viewType, name, Modifier.PRIVATE, Modifier.FINAL).build());
    }

    private void add(String name, CodeBlock size) {
        type.addField(FieldSpec.builder(float[].class, name, Modifier.PRIVATE, Modifier.FINAL)
                .initializer("new float[$L]", size).build());
    }
}

package dev.unroll.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;

/**
 * A static call {@code Type.method(a, b, ...)} whose arguments may wrap at the column limit, so
 * long kernel calls read like hand-formatted code. Arguments are emitted as written: names,
 * numbers, literals or code blocks.
 */
final class Calls {
    private Calls() {}

    static CodeBlock of(ClassName type, String method, Object... args) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.$N(", type, method);
        for (int i = 0; i < args.length; i++) {
            code.add(i == 0 ? "$L" : ",$W$L", args[i]);
        }
        return code.add(")").build();
    }
}

package dev.unroll.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;

/**
 * A call {@code Type.method(a, b, ...)} or {@code parallel.method(a, b, ...)} whose arguments may
 * wrap at the column limit, so long kernel calls read like hand-formatted code. Arguments are
 * emitted as written: names, numbers, literals or code blocks.
 */
final class Calls {
    private Calls() {}

    static CodeBlock of(ClassName type, String method, Object... args) {
        return arguments(CodeBlock.builder().add("$T.$N(", type, method), args);
    }

    /** A call on the base class's {@code parallel} field, which runs products and updates on one thread or more. */
    static CodeBlock parallel(String method, Object... args) {
        return arguments(CodeBlock.builder().add("parallel.$N(", method), args);
    }

    private static CodeBlock arguments(CodeBlock.Builder code, Object... args) {
        for (int i = 0; i < args.length; i++) {
            code.add(i == 0 ? "$L" : ",$W$L", args[i]);
        }
        return code.add(")").build();
    }
}

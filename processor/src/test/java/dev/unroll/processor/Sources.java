package dev.unroll.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Declarations for diagnostics tests: a network interface around the given annotations and body. */
final class Sources {
    private Sources() {}

    /** {@code test.Net} with the given interface annotations and layer methods. */
    static JavaFileObject network(String annotations, String body) {
        return JavaFileObjects.forSourceString("test.Net", """
                package test;

                import static dev.unroll.Activation.*;
                import static dev.unroll.Initializer.*;
                import dev.unroll.*;

                %s
                public interface Net extends Model {
                %s
                }
                """.formatted(annotations, body));
    }

    static Compilation compile(JavaFileObject... sources) {
        return Compiler.javac()
                .withProcessors(new NetworkProcessor())
                .withOptions("--add-modules", "jdk.incubator.vector", "-Xlint:none")
                .compile(sources);
    }

    /** A valid head: 4 inputs, sparse cross-entropy, Adam. */
    static final String HEAD = """
            @Network(inputs = 4, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY)
            @Adam""";

    /** A valid softmax output layer. */
    static final String OUTPUT = """
                @Dense(units = 3, activation = SOFTMAX)
                DenseLayer output();""";
}

package dev.unroll.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.unroll.processor.Sources.OUTPUT;
import static dev.unroll.processor.Sources.compile;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The names the generated class has besides the layers (issue 10) and the interface's relation to
 * {@code Model} (issue 9): each problem is an Unroll diagnostic on the declaration's line, never a
 * javac error inside the generated class or at a call site.
 */
class ModelMembersTest {
    private static JavaFileObject source(String annotations, String declaration, String body) {
        return JavaFileObjects.forSourceString("test.Net", """
                package test;

                import static dev.unroll.Activation.*;
                import dev.unroll.*;

                %s
                @Network(inputs = 4, loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY)
                @Adam
                %s {
                %s
                %s
                }
                """.formatted(annotations, declaration, body, OUTPUT));
    }

    @Test
    void aLayerNamedCreateIsReservedNotAJavacErrorInTheGeneratedClass() {
        JavaFileObject source = source("", "public interface Net extends Model", """
                    @Dense(units = 8, activation = RELU)
                    DenseLayer create(); // the factory's name
                """);
        Compilation c = compile(source);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[unroll:reserved-name] create() has the name of a method every generated"
                + " network already has (the generated class's static create())").inFile(source)
                .onLineContaining("DenseLayer create()");
    }

    @Test
    void theRuntimesHooksAndObjectsMethodsAreReservedToo() {
        for (String name : new String[] {"applyUpdate", "nextStep", "getClass", "threads", "learningRate"}) {
            JavaFileObject source = source("", "public interface Net extends Model", """
                        @Dense(units = 8, activation = RELU)
                        DenseLayer %s();
                    """.formatted(name));
            Compilation c = compile(source);
            assertThat(c).hadErrorCount(1);
            assertThat(c).hadErrorContaining("[unroll:reserved-name] " + name + "()").inFile(source)
                    .onLineContaining("DenseLayer " + name + "()");
        }
    }

    @Test
    void anInterfaceThatDoesNotExtendModelIsWarnedOnItsLine() {
        JavaFileObject source = source("", "public interface Net", "");
        Compilation c = compile(source);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("[unroll:extends-model] Net does not extend Model").inFile(source)
                .onLineContaining("public interface Net");
    }

    @Test
    void theWarningCanBeSuppressed() {
        Compilation c = compile(source("@SuppressWarnings(\"unroll:extends-model\")", "public interface Net", ""));
        assertThat(c).succeededWithoutWarnings();
    }

    @Test
    void extendingModelThroughAnotherInterfaceCounts() {
        JavaFileObject base = JavaFileObjects.forSourceString("test.Trainable", """
                package test;

                public interface Trainable extends dev.unroll.Model {}
                """);
        Compilation c = compile(base, source("", "public interface Net extends Trainable", ""));
        assertThat(c).succeededWithoutWarnings();
    }
}

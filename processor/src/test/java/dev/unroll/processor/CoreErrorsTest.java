package dev.unroll.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.unroll.processor.Sources.HEAD;
import static dev.unroll.processor.Sources.OUTPUT;
import static dev.unroll.processor.Sources.compile;
import static dev.unroll.processor.Sources.network;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The declaration errors of the core compiler, each reported on its line with its id. */
class CoreErrorsTest {
    @Test
    void validNetworkCompilesWithoutWarnings() {
        Compilation c = compile(network(HEAD, """
                    @Dense(units = 8, activation = RELU, kernelInitializer = HE_NORMAL)
                    DenseLayer hidden();
                """ + OUTPUT));
        assertThat(c).succeededWithoutWarnings();
        assertThat(c).generatedSourceFile("test.UnrolledNet");
    }

    @Test
    void nonPositiveUnits() {
        JavaFileObject source = network(HEAD, """
                    @Dense(units = 0)
                    DenseLayer hidden();
                """ + OUTPUT);
        Compilation c = compile(source);
        assertThat(c).hadErrorContaining("[unroll:size] hidden: units is 0, but it must be at least 1")
                .inFile(source).onLineContaining("@Dense(units = 0)");
    }

    @Test
    void nonPositiveInputsAndBatchSizeAreBothReported() {
        JavaFileObject source = network("""
                @Network(inputs = -3,
                         loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY,
                         batchSize = 0)
                @Adam""", OUTPUT);
        Compilation c = compile(source);
        assertThat(c).hadErrorCount(2);
        assertThat(c).hadErrorContaining("[unroll:size] Net: inputs is -3").inFile(source).onLineContaining("inputs = -3");
        assertThat(c).hadErrorContaining("[unroll:size] Net: batchSize is 0").inFile(source).onLineContaining("batchSize = 0");
    }

    @Test
    void crossEntropyWithoutSoftmaxOutput() {
        JavaFileObject source = network("""
                @Network(inputs = 4,
                         loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY)
                @Adam""", """
                    @Dense(units = 3)
                    DenseLayer output();
                """);
        Compilation c = compile(source);
        assertThat(c).hadErrorContaining("[unroll:loss-output] Net: loss SPARSE_CATEGORICAL_CROSSENTROPY needs the last"
                + " layer to be a SOFTMAX output, but output() ends with @Dense with LINEAR")
                .inFile(source).onLineContaining("loss = Loss.SPARSE_CATEGORICAL_CROSSENTROPY");
    }

    @Test
    void binaryCrossEntropyWithoutSigmoidOutput() {
        JavaFileObject source = network("""
                @Network(inputs = 4, loss = Loss.BINARY_CROSSENTROPY)
                @SGD""", """
                    @Dense(units = 1, activation = TANH)
                    DenseLayer output();
                """);
        assertThat(compile(source)).hadErrorContaining("[unroll:loss-output] Net: loss BINARY_CROSSENTROPY needs the"
                + " last layer to be a SIGMOID output").inFile(source).onLineContaining("BINARY_CROSSENTROPY");
    }

    @Test
    void missingOptimizer() {
        JavaFileObject source = network("@Network(inputs = 4, loss = Loss.MEAN_SQUARED_ERROR)", """
                    @Dense(units = 1)
                    DenseLayer output();
                """);
        assertThat(compile(source)).hadErrorContaining("[unroll:optimizer-missing] Net has no optimizer")
                .inFile(source).onLineContaining("public interface Net");
    }

    @Test
    void twoOptimizers() {
        JavaFileObject source = network("""
                @Network(inputs = 4, loss = Loss.MEAN_SQUARED_ERROR)
                @SGD
                @RMSprop(rho = 0.8)""", """
                    @Dense(units = 1)
                    DenseLayer output();
                """);
        assertThat(compile(source)).hadErrorContaining("[unroll:optimizer-duplicate] Net has 2 optimizers (@SGD,"
                + " @RMSprop)").inFile(source).onLineContaining("@RMSprop");
    }

    @Test
    void twoClippingModes() {
        JavaFileObject source = network("""
                @Network(inputs = 4, loss = Loss.MEAN_SQUARED_ERROR)
                @Adam(clipValue = 0.5,
                      clipNorm = 1.0)""", """
                    @Dense(units = 1)
                    DenseLayer output();
                """);
        assertThat(compile(source)).hadErrorContaining("[unroll:clip-conflict] @Adam sets clipValue and clipNorm")
                .inFile(source).onLineContaining("clipNorm = 1.0");
    }

    @Test
    void wrongReturnType() {
        JavaFileObject source = network(HEAD, """
                    @BatchNormalization
                    DenseLayer norm();
                """ + OUTPUT);
        assertThat(compile(source)).hadErrorContaining("[unroll:return-type] norm() returns dev.unroll.DenseLayer, but"
                + " a @BatchNormalization layer's view is BatchNormLayer. Declare it as BatchNormLayer norm()")
                .inFile(source).onLineContaining("DenseLayer norm();");
    }

    @Test
    void layerMethodWithParameters() {
        JavaFileObject source = network(HEAD, """
                    @Dense(units = 3, activation = SOFTMAX)
                    DenseLayer output(int size);
                """);
        assertThat(compile(source)).hadErrorContaining("[unroll:layer-parameters] output() takes parameters")
                .inFile(source).onLineContaining("output(int size)");
    }

    @Test
    void abstractMethodWithoutLayerAnnotation() {
        JavaFileObject source = network(HEAD, """
                    DenseLayer forgotten();
                """ + OUTPUT);
        assertThat(compile(source)).hadErrorContaining("[unroll:not-a-layer] forgotten() is abstract but has no layer"
                + " annotation").inFile(source).onLineContaining("forgotten()");
    }

    @Test
    void twoLayerAnnotationsOnOneMethod() {
        JavaFileObject source = network(HEAD, """
                    @Dense(units = 5)
                    @BatchNormalization
                    DenseLayer both();
                """ + OUTPUT);
        assertThat(compile(source)).hadErrorContaining("[unroll:two-layers] both() has both @Dense and"
                + " @BatchNormalization").inFile(source).onLineContaining("@BatchNormalization");
    }

    @Test
    void networkOnAClass() {
        JavaFileObject source = JavaFileObjects.forSourceString("test.NotAnInterface", """
                package test;
                import dev.unroll.*;
                @Network(inputs = 4, loss = Loss.MEAN_SQUARED_ERROR)
                public abstract class NotAnInterface {}
                """);
        assertThat(compile(source)).hadErrorContaining("[unroll:not-interface] @Network must be on an interface, but"
                + " NotAnInterface is a class").inFile(source).onLineContaining("class NotAnInterface");
    }

    @Test
    void networkOnAnEnumARecordOrAnAnnotationType() {
        String[][] kinds = {{"enum", "enum Net { A }", "an enum"}, {"record", "record Net(int a) {}", "a record"},
            {"annotation", "@interface Net {}", "an annotation type"}};
        for (String[] kind : kinds) {
            JavaFileObject source = JavaFileObjects.forSourceString("test.Net", "package test;\nimport dev.unroll.*;\n"
                    + "@Network(inputs = 4, loss = Loss.MEAN_SQUARED_ERROR)\n" + kind[1] + "\n");
            assertThat(compile(source)).hadErrorContaining("[unroll:not-interface] @Network must be on an interface,"
                    + " but Net is " + kind[2]).inFile(source).onLineContaining(kind[1]);
        }
    }

    /**
     * javac does not show types declared inside a method to annotation processors, so no check and
     * no class is possible; the user's first use of the generated class fails instead. Documented.
     */
    @Test
    void interfaceDeclaredInsideAMethodIsInvisibleToProcessors() {
        JavaFileObject source = JavaFileObjects.forSourceString("test.Holder", """
                package test;
                import dev.unroll.*;
                class Holder {
                    void method() {
                        @Network(inputs = 4, loss = Loss.MEAN_SQUARED_ERROR) @SGD
                        interface Local { @Dense(units = 1) DenseLayer out(); }
                    }
                }
                """);
        Compilation c = compile(source);
        assertThat(c).succeeded();
        org.junit.jupiter.api.Assertions.assertTrue(c.generatedSourceFiles().isEmpty());
    }

    @Test
    void defaultAndStaticMethodsAreLeftAlone() {
        Compilation c = compile(network(HEAD, """
                    @Dense(units = 8, activation = RELU, kernelInitializer = HE_NORMAL)
                    DenseLayer hidden();
                    default int width() { return hidden().outputSize(); }
                    static String describe() { return "a small network"; }
                """ + OUTPUT));
        assertThat(c).succeededWithoutWarnings();
    }

    @Test
    void everyErrorOfADeclarationInOneCompile() {
        JavaFileObject source = network("@Network(inputs = 0, loss = Loss.CATEGORICAL_CROSSENTROPY)", """
                    @Dense(units = -1)
                    DenseLayer hidden();
                    @Dense(units = 3)
                    BatchNormLayer output();
                """);
        Compilation c = compile(source);
        assertThat(c).hadErrorContaining("[unroll:size] Net: inputs is 0");
        assertThat(c).hadErrorContaining("[unroll:size] hidden: units is -1");
        assertThat(c).hadErrorContaining("[unroll:return-type] output()");
        assertThat(c).hadErrorContaining("[unroll:optimizer-missing]");
        assertThat(c).hadErrorContaining("[unroll:loss-output]");
        assertThat(c).hadErrorCount(5);
    }
}

package dev.unroll.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The processor never throws into javac, and two networks cannot claim one generated name. */
class RobustnessTest {
    @Test
    void anUnexpectedFailureBecomesOneErrorOnTheElement() {
        List<String> errors = new ArrayList<>();
        Messager messager = proxy(Messager.class, (method, args) -> {
            if (method.equals("printMessage") && args[0] == Diagnostic.Kind.ERROR) {
                errors.add(args[1].toString());
            }
            return null;
        });
        ProcessingEnvironment env = proxy(ProcessingEnvironment.class, (method, args) -> switch (method) {
            case "getMessager" -> messager;
            case "getSourceVersion" -> SourceVersion.latestSupported();
            default -> throw new IllegalStateException("javac is broken today");
        });
        Element broken = proxy(Element.class, (method, args) -> {
            if (method.equals("toString")) {
                return "test.Broken";
            }
            throw new IllegalStateException("cannot read " + method);
        });
        TypeElement network = proxy(TypeElement.class, (method, args) -> null);
        RoundEnvironment round = proxy(RoundEnvironment.class, (method, args) -> Set.of(broken));

        NetworkProcessor processor = new NetworkProcessor();
        processor.init(env);
        processor.process(Set.of(network), round);

        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith("[unroll:internal] Unroll failed while processing test.Broken:"
                + " java.lang.IllegalStateException"), errors.get(0));
        assertTrue(errors.get(0).contains("please report it"), errors.get(0));
    }

    @Test
    void twoNetworksWithTheSameGeneratedNameClash() {
        JavaFileObject flat = JavaFileObjects.forSourceString("test.A_B", """
                package test;
                import dev.unroll.*;
                @Network(inputs = 2, loss = Loss.MEAN_SQUARED_ERROR) @SGD
                public interface A_B { @Dense(units = 1) DenseLayer out(); }
                """);
        JavaFileObject nested = JavaFileObjects.forSourceString("test.A", """
                package test;
                import dev.unroll.*;
                public class A {
                    @Network(inputs = 2, loss = Loss.MEAN_SQUARED_ERROR) @SGD
                    public interface B { @Dense(units = 1) DenseLayer out(); }
                }
                """);
        Compilation c = Sources.compile(flat, nested);
        assertThat(c).hadErrorContaining("[unroll:name-clash]");
        assertThat(c).hadErrorCount(1);
    }

    private interface Handler {
        Object handle(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Handler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> {
                    if (method.getName().equals("hashCode")) {
                        return System.identityHashCode(self);
                    }
                    if (method.getName().equals("equals")) {
                        return self == args[0];
                    }
                    return handler.handle(method.getName(), args);
                }));
    }
}

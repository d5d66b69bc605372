package dev.unroll.spark;

import dev.unroll.Model;
import java.io.Serializable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Makes a fresh network of one architecture on an executor: {@code UnrolledFashionMlp::create} (a
 * serializable method reference), or {@link #of(String)} with the generated class's name. Every
 * copy it makes must have the architecture of the network whose state is shipped; the state is
 * loaded over it, so its seed does not matter.
 */
@FunctionalInterface
public interface NetworkFactory extends Serializable {
    Model create();

    /**
     * A factory that calls the static {@code create()} of the generated class named
     * {@code className} (e.g. {@code com.acme.UnrolledFashionMlp}), looked up on the executor.
     *
     * @throws IllegalArgumentException here, on the driver, if there is no such class or method
     */
    static NetworkFactory of(String className) {
        ByName factory = new ByName(className);
        factory.method(); // fail on the driver, not in a task
        return factory;
    }

    /** The reflective factory of {@link #of(String)}; it looks the method up once per JVM copy. */
    final class ByName implements NetworkFactory {
        private static final long serialVersionUID = 1L;
        private final String className;
        private transient Method create;

        private ByName(String className) {
            this.className = className;
        }

        @Override public Model create() {
            try {
                return (Model) method().invoke(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot create a " + className + ": " + e, e);
            }
        }

        private Method method() {
            if (create == null) {
                try {
                    Class<?> type = Class.forName(className, true, Thread.currentThread().getContextClassLoader());
                    Method m = type.getMethod("create");
                    if (!Modifier.isStatic(m.getModifiers()) || !Model.class.isAssignableFrom(m.getReturnType())) {
                        throw new IllegalArgumentException(className + ".create() is not a static method returning"
                                + " a Model; pass the generated class (Unrolled...)");
                    }
                    create = m;
                } catch (ClassNotFoundException e) {
                    throw new IllegalArgumentException("no class " + className + " on the class path; ship the jar"
                            + " that holds it (spark-submit --jars)", e);
                } catch (NoSuchMethodException e) {
                    throw new IllegalArgumentException(className + " has no public static create(); pass the"
                            + " generated class (Unrolled...)", e);
                }
            }
            return create;
        }

        @Override public String toString() {
            return "NetworkFactory.of(" + className + ")";
        }
    }
}

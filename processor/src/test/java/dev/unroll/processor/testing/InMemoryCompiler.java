package dev.unroll.processor.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.unroll.Network;
import dev.unroll.processor.NetworkProcessor;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles sources with the real {@link NetworkProcessor} in this JVM, keeps the class files and
 * the generated sources in memory, and loads the classes. This is how tests run hundreds of
 * declarations through the processor without writing them to disk.
 */
public final class InMemoryCompiler {
    /** The result of one compilation. */
    public record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics,
                         Map<String, String> generatedSources, ClassLoader loader, Map<String, byte[]> classFiles) {
        public Class<?> load(String name) {
            try {
                return loader.loadClass(name);
            } catch (ClassNotFoundException e) {
                throw new AssertionError(name + " was not generated; diagnostics: " + describe(), e);
            }
        }

        public List<Diagnostic<? extends JavaFileObject>> errors() {
            return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
        }

        public String describe() {
            StringBuilder out = new StringBuilder();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
                out.append(d.getKind()).append(" line ").append(d.getLineNumber()).append(": ")
                        .append(d.getMessage(Locale.ROOT)).append('\n');
            }
            return out.toString();
        }
    }

    private InMemoryCompiler() {}

    /** Compiles {@code sources} (fully qualified name → text) with javac options {@code extra} added. */
    public static Result compile(Map<String, String> sources, String... extra) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8);
        MemoryFileManager files = new MemoryFileManager(standard);
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, text) -> units.add(new Source(name, text)));
        List<String> options = new ArrayList<>(List.of("--release", "17", "--add-modules", "jdk.incubator.vector",
                "-Xlint:none", "-classpath", runtimeClasspath()));
        options.addAll(List.of(extra));
        JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null, units);
        task.setProcessors(List.of(new NetworkProcessor()));
        boolean success = task.call();
        return new Result(success, diagnostics.getDiagnostics(), files.generatedSources, files.loader(),
                files.classFiles());
    }

    /** Where the runtime's classes are: what a user's project has on its class path. */
    private static String runtimeClasspath() {
        try {
            return new File(Network.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(String name, String text) {
            super(URI.create("string:///" + name.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.text = text;
        }

        @Override public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }

    private static final class MemoryFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<String, ByteArrayOutputStream> classes = new HashMap<>();
        private final Map<String, String> generatedSources = new HashMap<>();

        MemoryFileManager(StandardJavaFileManager standard) {
            super(standard);
        }

        @Override public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                             FileObject sibling) {
            URI uri = URI.create("mem:///" + className.replace('.', '/') + kind.extension);
            return new SimpleJavaFileObject(uri, kind) {
                @Override public OutputStream openOutputStream() {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    classes.put(className, bytes);
                    return bytes;
                }

                @Override public java.io.Writer openWriter() {
                    return new java.io.StringWriter() {
                        @Override public void close() throws IOException {
                            super.close();
                            generatedSources.put(className, toString());
                        }
                    };
                }

                @Override public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return generatedSources.get(className);
                }
            };
        }

        @Override public boolean isSameFile(FileObject a, FileObject b) {
            return a.toUri().equals(b.toUri());
        }

        Map<String, byte[]> classFiles() {
            Map<String, byte[]> bytes = new HashMap<>();
            classes.forEach((name, out) -> bytes.put(name, out.toByteArray()));
            return bytes;
        }

        ClassLoader loader() {
            Map<String, byte[]> bytes = classFiles();
            return new ClassLoader(InMemoryCompiler.class.getClassLoader()) {
                @Override protected Class<?> findClass(String name) throws ClassNotFoundException {
                    byte[] code = bytes.get(name);
                    if (code == null) {
                        throw new ClassNotFoundException(name);
                    }
                    return defineClass(name, code, 0, code.length);
                }
            };
        }
    }
}

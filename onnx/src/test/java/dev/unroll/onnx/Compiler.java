package dev.unroll.onnx;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.palantir.javapoet.JavaFile;
import dev.unroll.Model;
import dev.unroll.Network;
import dev.unroll.processor.NetworkProcessor;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
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
 * Compiles interface sources in memory as a user's build would: javac with Unroll's processor on
 * the processor path (found through its service file, as javac does), the runtime on the class
 * path and {@code --add-modules jdk.incubator.vector}. Class files and generated sources stay in
 * memory; {@link #create} makes a network of a compiled interface.
 */
final class Compiler {
    private final Map<String, byte[]> classes = new HashMap<>();
    private final ClassLoader loader;

    private Compiler(Map<String, ByteArrayOutputStream> out) {
        out.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
        loader = new ClassLoader(Compiler.class.getClassLoader()) {
            @Override protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] code = classes.get(name);
                if (code == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, code, 0, code.length);
            }
        };
    }

    /** Compiles {@code sources} (qualified name → text); fails with javac's errors. */
    static Compiler compile(Map<String, String> sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8);
        Map<String, ByteArrayOutputStream> out = new HashMap<>();
        Map<String, String> generated = new HashMap<>();
        var files = new ForwardingJavaFileManager<>(standard) {
            @Override public JavaFileObject getJavaFileForOutput(Location location, String className,
                                                                 JavaFileObject.Kind kind, FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                    @Override public OutputStream openOutputStream() {
                        return out.computeIfAbsent(className, k -> new ByteArrayOutputStream());
                    }

                    @Override public java.io.Writer openWriter() {
                        return new java.io.StringWriter() {
                            @Override public void close() {
                                generated.put(className, toString());
                            }
                        };
                    }

                    @Override public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        return generated.get(className);
                    }
                };
            }

            @Override public boolean isSameFile(FileObject a, FileObject b) {
                return a.toUri().equals(b.toUri());
            }
        };
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, text) -> units.add(new SimpleJavaFileObject(
                URI.create("string:///" + name.replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        }));
        List<String> options = List.of("--release", "17", "--add-modules", "jdk.incubator.vector", "-Xlint:none",
                "-classpath", location(Network.class),
                "-processorpath", String.join(File.pathSeparator, location(NetworkProcessor.class),
                        location(JavaFile.class), location(Network.class)));
        boolean ok = javac.getTask(null, files, diagnostics, options, null, units).call();
        if (!ok) {
            throw new AssertionError("javac failed:\n" + diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                    .collect(Collectors.joining("\n")) + "\nsources:\n" + String.join("\n", sources.values()));
        }
        if (generated.isEmpty()) {
            throw new AssertionError("the processor did not run: nothing was generated");
        }
        return new Compiler(out);
    }

    /** {@code UnrolledX.create()} of the compiled interface {@code qualifiedName}. */
    Model create(String qualifiedName) {
        int dot = qualifiedName.lastIndexOf('.');
        String generated = qualifiedName.substring(0, dot + 1) + "Unrolled" + qualifiedName.substring(dot + 1);
        try {
            return (Model) loader.loadClass(generated).getMethod("create").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot create " + generated, e);
        }
    }

    private static String location(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

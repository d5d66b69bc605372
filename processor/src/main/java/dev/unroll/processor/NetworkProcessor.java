package dev.unroll.processor;

import com.google.auto.service.AutoService;
import dev.unroll.processor.diagnostics.Diagnostics;
import dev.unroll.processor.diagnostics.Message;
import dev.unroll.processor.emit.NetworkEmitter;
import dev.unroll.processor.model.NetworkModel;
import dev.unroll.processor.model.Origin;
import dev.unroll.processor.parse.AnnotationNames;
import dev.unroll.processor.parse.NetworkParser;
import dev.unroll.processor.validate.DeclarationValidator;
import dev.unroll.processor.validate.Validators;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Finds {@code @Network} types and runs parse, validate, emit for each. Nothing is written for a
 * declaration with errors, and an unexpected failure becomes one error on the type instead of an
 * exception in javac.
 */
@AutoService(Processor.class)
public final class NetworkProcessor extends AbstractProcessor {
    @Override public Set<String> getSupportedAnnotationTypes() {
        return Set.of(AnnotationNames.NETWORK);
    }

    @Override public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    /** Qualified names of the classes generated in this compilation, across rounds. */
    private final Set<String> generated = new HashSet<>();

    @Override public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                Diagnostics diagnostics = new Diagnostics(processingEnv.getMessager());
                try {
                    process(element, diagnostics);
                } catch (RuntimeException | IOException | LinkageError e) {
                    diagnostics.report(Message.INTERNAL, Origin.of(element), element, describe(e));
                }
            }
        }
        return false;
    }

    private void process(Element element, Diagnostics diagnostics) throws IOException {
        DeclarationValidator declaration = new DeclarationValidator(processingEnv.getElementUtils(), generated);
        if (!declaration.check(element, diagnostics)) {
            return;
        }
        TypeElement type = (TypeElement) element;
        NetworkModel model = new NetworkParser(processingEnv.getElementUtils(), diagnostics)
                .parse(type, networkAnnotation(type));
        new Validators(processingEnv.getElementUtils()).validate(model, diagnostics);
        if (!diagnostics.hasErrors()) {
            new NetworkEmitter(getClass().getName()).emit(model).writeTo(processingEnv.getFiler());
            generated.add(declaration.qualifiedGeneratedName(type));
        }
    }

    private static AnnotationMirror networkAnnotation(TypeElement type) {
        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
            if (AnnotationNames.qualifiedName(mirror).equals(AnnotationNames.NETWORK)) {
                return mirror;
            }
        }
        throw new IllegalStateException("no @Network on " + type);
    }

    private static String describe(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        String[] lines = trace.toString().split("\n");
        return e + (lines.length > 1 ? " " + lines[1].trim() : "");
    }
}

package dev.unroll.processor.parse;

import dev.unroll.Loss;
import dev.unroll.processor.diagnostics.Diagnostics;
import dev.unroll.processor.diagnostics.Message;
import dev.unroll.processor.model.GeneratedClass;
import dev.unroll.processor.model.LayerModel;
import dev.unroll.processor.model.NetworkModel;
import dev.unroll.processor.model.OptimizerModel;
import dev.unroll.processor.model.Origin;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Builds the {@link NetworkModel} of a {@code @Network} interface. Problems with the shape of a
 * method (no layer annotation, two of them) are reported here, where they are seen; the method is
 * then left out and the model marked incomplete. Everything about values is left to the validators.
 */
public final class NetworkParser {
    private final Elements elements;
    private final Diagnostics diagnostics;
    private final LayerParser layers;
    private final OptimizerParser optimizers;

    public NetworkParser(Elements elements, Diagnostics diagnostics) {
        this.elements = elements;
        this.diagnostics = diagnostics;
        this.layers = new LayerParser(elements, diagnostics);
        this.optimizers = new OptimizerParser(elements, diagnostics);
    }

    public NetworkModel parse(TypeElement type, AnnotationMirror network) {
        AnnotationReader values = new AnnotationReader(elements, network, diagnostics);
        List<OptimizerModel> optimizerModels = new ArrayList<>();
        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
            if (AnnotationNames.OPTIMIZERS.contains(AnnotationNames.qualifiedName(mirror))) {
                optimizerModels.add(optimizers.parse(type, mirror));
            }
        }
        List<LayerModel> layerModels = new ArrayList<>();
        boolean complete = true;
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (!method.getModifiers().contains(Modifier.ABSTRACT)) {
                continue; // default and static methods are the user's own
            }
            LayerModel layer = parseMethod(method);
            if (layer == null) {
                complete = false;
            } else {
                layerModels.add(layer);
            }
        }
        return new NetworkModel(new Origin(type, network), packageName(type), GeneratedClass.interfaceName(type),
                GeneratedClass.simpleName(type), type.getModifiers().contains(Modifier.PUBLIC), values.intValue("inputs"),
                values.enumValue("loss", Loss.class), values.intValue("batchSize"), values.longValue("seed"),
                optimizerModels, layerModels, complete);
    }

    private LayerModel parseMethod(ExecutableElement method) {
        List<AnnotationMirror> found = new ArrayList<>();
        for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
            if (LayerParser.isLayer(mirror)) {
                found.add(mirror);
            }
        }
        Origin origin = Origin.of(method);
        String name = method.getSimpleName().toString();
        if (found.isEmpty()) {
            diagnostics.report(Message.NOT_A_LAYER, origin, name, LayerParser.annotationList());
            return null;
        }
        if (found.size() > 1) {
            diagnostics.report(Message.TWO_LAYERS, new Origin(method, found.get(1)), name,
                    AnnotationNames.simpleName(found.get(0)), AnnotationNames.simpleName(found.get(1)));
            return null;
        }
        return layers.parse(method, found.get(0));
    }

    private String packageName(TypeElement type) {
        return elements.getPackageOf(type).getQualifiedName().toString();
    }
}

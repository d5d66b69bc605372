package dev.unroll.processor.model;

/** The gradient clipping settings shared by every optimizer; 0 means off. */
public record ClipModel(double clipNorm, double clipValue, double globalClipNorm) {
    public static final ClipModel NONE = new ClipModel(0, 0, 0);
}

package dev.unroll.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Layer names from graph names: Java identifiers, unique, never a method of Model or Object. */
class NamesTest {
    @Test
    void graphNamesBecomeUniqueIdentifiers() {
        Names names = new Names();
        assertEquals("fc1", names.allocate("fc1", "dense"));
        assertEquals("fc1_2", names.allocate("fc1", "dense"));
        assertEquals("layer02", names.allocate("0.2", "dense"));
        assertEquals("encoderFc1", names.allocate("encoder/fc1", "dense"));
        assertEquals("predictLayer", names.allocate("predict", "dense"));
        assertEquals("summaryLayer", names.allocate("summary", "dense"));
        assertEquals("hashCodeLayer", names.allocate("hashCode", "dense"));
        assertEquals("createLayer", names.allocate("create", "dense"));
        assertEquals("classLayer", names.allocate("class", "dense"));
        assertEquals("relu", names.allocate("", "relu"));
        assertEquals("relu2", names.allocate("::", "relu"));
    }
}

package dev.unroll.runtime;

import dev.unroll.kernels.MatMul;

/** A matrix product handed to a {@link Team}: its operands, set before each run, and the kernel for a range. */
final class Products implements Team.Task {
    private boolean gradient;
    private int m, k, aOff, lda, ldw, ldc;
    private float[] a, w, bias, c, scratch;

    /** Forward product; ranges are columns of {@code c}. */
    void forward(int m, int k, float[] a, int aOff, int lda, float[] w, int ldw, float[] bias, float[] c, int ldc) {
        this.gradient = false;
        this.m = m;
        this.k = k;
        this.a = a;
        this.aOff = aOff;
        this.lda = lda;
        this.w = w;
        this.ldw = ldw;
        this.bias = bias;
        this.c = c;
        this.ldc = ldc;
    }

    /** Weight gradient {@code dw = aᵀ d}; ranges are rows of {@code dw}. Fields: w = d, c = dw, k = n. */
    void weightGradient(int m, int n, float[] a, int lda, float[] d, int ldd, float[] dw, int ldw, float[] scratch) {
        this.gradient = true;
        this.m = m;
        this.k = n;
        this.a = a;
        this.lda = lda;
        this.w = d;
        this.ldw = ldd;
        this.c = dw;
        this.ldc = ldw;
        this.scratch = scratch;
    }

    @Override public void run(int from, int to) {
        if (gradient) {
            MatMul.weightGradientRows(m, k, from, to, a, lda, w, ldw, c, ldc, scratch);
        } else {
            MatMul.forwardColumns(m, from, to, k, a, aOff, lda, w, ldw, bias, c, ldc);
        }
    }
}

package dev.unroll.runtime;

import dev.unroll.kernels.MatMul;

/** The matrix products handed to a {@link Team}: their operands, set before each run, and the kernel for a range. */
final class Products {
    private Products() {}

    /** {@code c = a · w + bias}; ranges are columns of {@code c}. */
    static final class Forward implements Team.Task {
        private int m, k, aOff, lda, ldw, ldc;
        private float[] a, w, bias, c;

        Forward set(int m, int k, float[] a, int aOff, int lda, float[] w, int ldw, float[] bias, float[] c, int ldc) {
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
            return this;
        }

        @Override public void run(int from, int to) {
            MatMul.forwardColumns(m, from, to, k, a, aOff, lda, w, ldw, bias, c, ldc);
        }
    }

    /** {@code dw = aᵀ d}; ranges are rows of {@code dw}. */
    static final class WeightGradient implements Team.Task {
        private int m, n, lda, ldd, ldw;
        private float[] a, d, dw, scratch;

        WeightGradient set(int m, int n, float[] a, int lda, float[] d, int ldd, float[] dw, int ldw, float[] scratch) {
            this.m = m;
            this.n = n;
            this.a = a;
            this.lda = lda;
            this.d = d;
            this.ldd = ldd;
            this.dw = dw;
            this.ldw = ldw;
            this.scratch = scratch;
            return this;
        }

        @Override public void run(int from, int to) {
            MatMul.weightGradientRows(m, n, from, to, a, lda, d, ldd, dw, ldw, scratch);
        }
    }
}

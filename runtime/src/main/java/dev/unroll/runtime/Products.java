package dev.unroll.runtime;

import dev.unroll.kernels.MatMul;

/** The matrix products handed to a {@link Team}: their operands, set before each run, and the kernel for a range. */
final class Products {
    private Products() {}

    /** {@code c = a · w + bias}; ranges are columns of {@code c}; {@link #set} packs a's rows. */
    static final class Forward implements Team.Task {
        private final Strips strips;
        private int m, k, aOff, lda, ldw, ldc;
        private float[] a, panel, w, bias, c;

        Forward(Strips strips) {
            this.strips = strips;
        }

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
            // a's rows, packed once here and read by every part
            this.panel = strips.shared(MatMul.panelSize(m, k));
            MatMul.packRows(m, k, a, aOff, lda, panel);
            return this;
        }

        @Override public void run(int from, int to) {
            run(0, from, to);
        }

        @Override public void run(int part, int from, int to) {
            MatMul.forwardColumns(m, from, to, k, a, aOff, lda, panel, w, ldw, bias, c, ldc,
                    strips.get(part, MatMul.stripSize(k)));
        }
    }

    /** {@code dw = aᵀ d}; ranges are rows of {@code dw}; {@link #set} packs d. */
    static final class WeightGradient implements Team.Task {
        private final Strips strips;
        private int m, n, lda, ldd, ldw;
        private float[] a, d, packed, dw, scratch;

        WeightGradient(Strips strips) {
            this.strips = strips;
        }

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
            // d's strips, packed once here and read by every part
            this.packed = strips.shared(MatMul.packedSize(m, n));
            MatMul.packColumns(m, n, d, ldd, packed);
            return this;
        }

        @Override public void run(int from, int to) {
            run(0, from, to);
        }

        @Override public void run(int part, int from, int to) {
            MatMul.weightGradientRows(m, n, from, to, a, lda, d, ldd, packed, dw, ldw, scratch);
        }
    }
}

/**
 * Hand-written kernels the generated networks call: Vector API loops over {@code float[]} rows,
 * each with a plain scalar twin ({@code ScalarX} beside {@code X}) that the tests compare against.
 *
 * <p>Conventions shared by every kernel: matrices are row-major with an explicit leading
 * dimension ({@code ld}, the distance between rows, at least the row's width); vectors stay in
 * locals; the main loop runs to {@code SPECIES.loopBound(n)} and a scalar loop finishes the tail;
 * no kernel allocates. Generated code pads its own rows to a multiple of 16 floats and keeps the
 * padding of every weight and gradient at zero, so a kernel may run over the padded width.
 */
package dev.unroll.kernels;

/**
 * Support for generated networks: the base class every {@code Unrolled*} class extends, the
 * tensor handles and the layer views. Users do not call this package directly; it is public only
 * because generated code lives in the user's package.
 */
package dev.unroll.runtime;

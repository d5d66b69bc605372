/**
 * Unroll networks on Apache Spark: {@link dev.unroll.spark.SparkPredictor} adds a network's outputs
 * to a DataFrame, {@link dev.unroll.spark.SparkTrainer} trains it data-parallel in synchronous
 * rounds. {@link dev.unroll.spark.NetworkFactory} makes the executors' copies;
 * {@link dev.unroll.spark.Columns} says where inputs and labels are. See docs/spark.md.
 */
package dev.unroll.spark;

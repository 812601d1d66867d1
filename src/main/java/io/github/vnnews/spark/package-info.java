/**
 * The Apache Spark adapter: the library's loader, normaliser and JSON exporter run on Spark, so a
 * Spark run and a CLI run over the same inputs give the same lines. {@link
 * io.github.vnnews.spark.SparkCorpus} is the Java API, {@link
 * io.github.vnnews.spark.SparkIngestJob} the {@code spark-submit} job (in {@code
 * target/vnnews-spark-job.jar}). Spark is a provided dependency: nothing here is loaded unless
 * Spark is on the class path. See {@code docs/spark.md}.
 *
 * <p>Public API: {@link io.github.vnnews.spark.SparkCorpus}, {@link
 * io.github.vnnews.spark.ExportSchema} and the job's command line; the other types are internal.
 */
package io.github.vnnews.spark;

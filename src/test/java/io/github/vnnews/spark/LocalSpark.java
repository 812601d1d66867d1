package io.github.vnnews.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * One small local Spark for every Spark test in the JVM: {@code local[2]}, no UI, bound to the
 * loopback address, two shuffle partitions. Started on first use, stopped at JVM exit.
 */
final class LocalSpark {
  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() throws Exception {
    if (session == null) {
      Path warehouse = Files.createTempDirectory("vnnews-spark-warehouse");
      session =
          SparkSession.builder()
              .appName("vnnews-tests")
              .master("local[2]")
              .config("spark.ui.enabled", "false")
              .config("spark.ui.showConsoleProgress", "false")
              .config("spark.sql.shuffle.partitions", "2")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.sql.warehouse.dir", warehouse.toUri().toString())
              .getOrCreate();
      SparkSession s = session;
      Runtime.getRuntime().addShutdownHook(new Thread(s::stop));
    }
    return session;
  }
}

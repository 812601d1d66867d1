#!/usr/bin/env bash
# bench/dedup-spark.sh CORPUS_DIR OUT_DIR [PARTITIONS...]
# The CLI's `ingest --no-learn-boilerplate --dedup mark` against the Spark job's `--dedup mark`
# (local[2], Spark's Maven jars, as in docs/spark.md) for each partition count (default: 3 8):
# files packed into that many partitions (--min-partitions) and the shuffles partitioned alike
# (spark.sql.shuffle.partitions). `--input-order` part files must equal the CLI's output byte for
# byte (cmp): the same articles with the same clusters, sizes, canonical flags and similarities.
# Both run under `nice -n 10` with /usr/bin/time (user sys wall maxRSS-KB in OUT_DIR/*.time).
set -u
CORPUS="$1"; OUT="$2"; shift 2
PARTS="${*:-3 8}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
(cd "$ROOT" && [ -f target/vnnews-spark-job.jar ] || mvn -q -o -DskipTests package)
(cd "$ROOT" && mvn -q -o dependency:build-classpath -DincludeScope=compile \
  -DexcludeGroupIds=tools.jackson.core,org.jsoup,info.picocli -Dmdep.outputFile=target/spark.classpath >/dev/null)
OPENS="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
 --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
 --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
 --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
 --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
 --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
 --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
 -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"
mkdir -p "$OUT/tmp"
nice -n 10 /usr/bin/time -f '%U %S %e %M' -o "$OUT/cli.time" java -Xmx512m -jar "$ROOT/target/vnnews.jar" ingest \
  --no-learn-boilerplate --dedup mark --temp-dir "$OUT/tmp" -o "$OUT/cli.jsonl" "$CORPUS" 2> "$OUT/cli.log"
tail -1 "$OUT/cli.log"
for p in $PARTS; do
  rm -rf "$OUT/spark-$p"
  # shellcheck disable=SC2086
  nice -n 10 /usr/bin/time -f '%U %S %e %M' -o "$OUT/spark-$p.time" java -Xmx2g $OPENS -Dspark.master='local[2]' \
    -Dspark.ui.enabled=false -Dspark.sql.shuffle.partitions="$p" \
    -cp "$(cat "$ROOT/target/spark.classpath"):$ROOT/target/vnnews-spark-job.jar" io.github.vnnews.spark.SparkIngestJob \
    --no-learn-boilerplate --dedup mark --min-partitions "$p" --input-order -o "$OUT/spark-$p" "$CORPUS" 2> "$OUT/spark-$p.log"
  tail -1 "$OUT/spark-$p.log"
  if cat "$OUT/spark-$p"/part-* | cmp -s - "$OUT/cli.jsonl"; then
    echo "partitions $p: the CLI's lines, $(wc -l < "$OUT/cli.jsonl") of them"
  else
    echo "partitions $p: DIFFERENT from the CLI's lines"
  fi
done

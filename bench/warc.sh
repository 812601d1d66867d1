#!/usr/bin/env bash
# bench/warc.sh [SIZE] [FILES]: a generated crawl of HTML responses (default 1g in 4 .warc.gz
# files) through the CLI and through Spark local[2]; pages/s, peak RSS, skipped records by kind,
# and whether Spark wrote the CLI's lines.
#   bench/warc.sh 1g 4      # writes /tmp/vnnews-warc-1g/, logs to /tmp/vnnews-warc-bench.log
source "$(dirname "$0")/lib.sh"
SIZE="${1:-1g}"
FILES="${2:-4}"
DATA="/tmp/vnnews-warc-$SIZE"
OUT="/tmp/vnnews-warc-out"
cd "$ROOT"
mvn -q -o -DskipTests package
if [ ! -d "$DATA" ]; then
  bench/warc-generate --size "$SIZE" --files "$FILES" --out "$DATA"
fi
du -b "$DATA" | tail -1
rm -rf "$OUT"; mkdir -p "$OUT"
mvn -q -o dependency:build-classpath -DincludeScope=compile \
  -DexcludeGroupIds=tools.jackson.core,org.jsoup,info.picocli,org.netpreserve -Dmdep.outputFile=target/spark.classpath
# the runs use copies of the jars, so that a build meanwhile cannot change them
cp target/vnnews.jar target/vnnews-spark-job.jar target/spark.classpath "$OUT/"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== CLI (vnnews ingest, 2 threads)"
/usr/bin/time -v java -Xmx1g -jar "$OUT/vnnews.jar" ingest -o "$OUT/cli.jsonl" "$DATA" 2> "$OUT/cli.time"
grep -E "^vnnews:|Elapsed|Maximum resident|User time|System time" "$OUT/cli.time"
ARTICLES=$(wc -l < "$OUT/cli.jsonl")
WALL=$(grep Elapsed "$OUT/cli.time" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
echo "pages/s (articles / wall): $(python3 -c "print(round($ARTICLES / $WALL, 1))")"

echo "== Spark local[2] (the job on Spark's Maven jars)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
OPENS="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED \
 --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
 --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED \
 --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED \
 --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED \
 --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED \
 --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED \
 -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"
/usr/bin/time -v java -Xmx2g $OPENS -Dspark.master='local[2]' -Dspark.ui.enabled=false \
  -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 \
  -cp "$(cat "$OUT/spark.classpath"):$OUT/vnnews-spark-job.jar" \
  io.github.vnnews.spark.SparkIngestJob --reader file-system -o "$OUT/spark" "$DATA" \
  > "$OUT/spark.log" 2> "$OUT/spark.time"
grep -E "^vnnews-spark:|Elapsed \(wall|Maximum resident|User time" "$OUT/spark.time"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if cmp <(sort "$OUT/cli.jsonl") <(cat "$OUT"/spark/part-* | sort); then
  echo "Spark lines equal the CLI's: $ARTICLES lines"
else
  echo "Spark lines DIFFER from the CLI's"; exit 1
fi

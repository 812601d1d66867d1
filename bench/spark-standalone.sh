#!/usr/bin/env bash
# bench/spark-standalone.sh [INPUT...]: the Spark job on a real standalone cluster, not local[*]:
# a master and two workers (one core each) started on loopback from Spark's own jars (the ones
# Maven resolved for the pom's provided Spark 4.0.1), then spark-submit of the job jar in client
# mode over the inputs (default: the seeds and the wget-made web archive); the lines must equal
# the CLI's. Everything binds to 127.0.0.1 and is stopped at the end.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
if [ $# -eq 0 ]; then set -- seeds src/test/resources/warc/wget-dev.warc.gz; fi
WORK="$(mktemp -d /tmp/vnnews-standalone.XXXXXX)"
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

mvn -q -o -DskipTests package
mvn -q -o dependency:build-classpath -DincludeScope=compile \
  -DexcludeGroupIds=tools.jackson.core,org.jsoup,info.picocli,org.netpreserve -Dmdep.outputFile=target/spark.classpath
cp target/vnnews.jar target/vnnews-spark-job.jar "$WORK/"   # copies: a build meanwhile cannot change them
CP="$(cat target/spark.classpath)"

# A Spark home for the workers: they launch executors with $SPARK_HOME/jars/* on the class path
export SPARK_HOME="$WORK/spark-home"
mkdir -p "$SPARK_HOME/jars" "$SPARK_HOME/conf"
IFS=: read -ra JARS <<< "$CP"
for j in "${JARS[@]}"; do ln -sf "$j" "$SPARK_HOME/jars/"; done
touch "$SPARK_HOME/RELEASE"
export SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 SPARK_LOG_DIR="$WORK/logs"
OPENS="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED \
 --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
 --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED \
 --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED \
 --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED \
 --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED \
 --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED \
 -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"
PORT=$(( 27000 + RANDOM % 1000 ))
MASTER="spark://127.0.0.1:$PORT"

java -Xmx512m $OPENS -cp "$CP" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$PORT" --webui-port $((PORT + 1)) > "$WORK/master.log" 2>&1 &
PIDS+=($!)
for i in 1 2; do
  java -Xmx512m $OPENS -cp "$CP" org.apache.spark.deploy.worker.Worker \
    --host 127.0.0.1 --cores 1 --memory 1500m --webui-port $((PORT + 1 + i)) --work-dir "$WORK/worker$i" \
    "$MASTER" > "$WORK/worker$i.log" 2>&1 &
  PIDS+=($!)
done
for _ in $(seq 120); do
  [ "$(grep -l "Successfully registered with master" "$WORK"/worker*.log 2>/dev/null | wc -l)" -eq 2 ] && break
  sleep 1
done
grep -h "Successfully registered with master\|Starting Spark master" "$WORK"/*.log | sed 's/^/  /'

echo "== CLI"
java -jar "$WORK/vnnews.jar" ingest -o "$WORK/cli.jsonl" "$@" || true
echo "== spark-submit --master $MASTER --deploy-mode client"
java -Xmx1g $OPENS -cp "$CP" org.apache.spark.deploy.SparkSubmit \
  --master "$MASTER" --deploy-mode client --name vnnews-standalone \
  --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 --conf spark.ui.enabled=false \
  --executor-memory 1g --total-executor-cores 2 \
  --class io.github.vnnews.spark.SparkIngestJob "$WORK/vnnews-spark-job.jar" \
  -o "$WORK/spark-out" "$@" > "$WORK/submit.log" 2>&1 || true
grep -h "^vnnews-spark:" "$WORK/submit.log" || { tail -40 "$WORK/submit.log"; exit 1; }
echo "executors (one per worker) and the tasks each finished:"
grep -ho "Registered executor NettyRpcEndpointRef.*" "$WORK/submit.log" | sed 's/^/  /' | head -4
grep -o "Finished task .* (executor [0-9]*)" "$WORK/submit.log" | grep -o "executor [0-9]*" | sort | uniq -c | sed 's/^/  /'
CLI_LINES=$(wc -l < "$WORK/cli.jsonl")
if cmp <(sort "$WORK/cli.jsonl") <(cat "$WORK"/spark-out/part-* | sort); then
  echo "standalone cluster lines equal the CLI's: $CLI_LINES lines"
else
  echo "standalone cluster lines DIFFER from the CLI's"; exit 1
fi
